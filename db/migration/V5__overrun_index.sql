-- The approved maximum of a ticket (read on every /log) sums the approved extra time of its estimate.
CREATE INDEX idx_overrun_estimate ON overrun_requests (estimate_id, status);
