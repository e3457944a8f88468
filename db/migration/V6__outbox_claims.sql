-- Each claim of an outbox message carries a token: only the claimant may mark it sent or due again, so a sender whose
-- lease ran out cannot undo another sender's work.
ALTER TABLE outbox ADD COLUMN claim_token CHAR(36) NULL;
