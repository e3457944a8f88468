-- The digest over 100 000 tickets and 1 000 000 time entries must stay under 200 ms.
-- tickets.logged_minutes is the ticket's total of time entries, kept in the same transaction as every time entry
-- change (under the ticket's row lock), so "approved, no time logged yet" and totals are index reads, not scans.
ALTER TABLE tickets ADD COLUMN logged_minutes INT NOT NULL DEFAULT 0;

UPDATE tickets t
   SET logged_minutes = COALESCE((SELECT SUM(e.minutes) FROM time_entries e WHERE e.ticket_number = t.number), 0);

-- Status lookups filter on billable and logged time too: make them index-only.
DROP INDEX idx_tickets_status ON tickets;
CREATE INDEX idx_tickets_status ON tickets (status, billable, logged_minutes, number);

-- Time logged in a day, per ticket and per person, read from the index alone.
DROP INDEX idx_time_entries_logged_at ON time_entries;
CREATE INDEX idx_time_entries_logged_at ON time_entries (logged_at, person_id, ticket_number, minutes);
