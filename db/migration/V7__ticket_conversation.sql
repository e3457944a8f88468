-- Issue #12: the ticket is where the conversation happens.
-- Each ticket's threads: the client's thread (started by the ticket card in the channel the ticket was opened in) and
-- the staff triage thread, one per side and platform. Slack: thread_id is the root card's ts; Discord: the thread
-- channel made on the card (NULL where the platform gave none, a DM: messages then go to the channel).
CREATE TABLE ticket_threads (
  ticket_number   BIGINT       NOT NULL,
  side            VARCHAR(8)   NOT NULL,
  platform        VARCHAR(16)  NOT NULL,
  workspace_id    VARCHAR(64)  NOT NULL,
  channel_id      VARCHAR(64)  NOT NULL,
  root_message_id VARCHAR(64)  NOT NULL,
  thread_id       VARCHAR(64)  NULL,
  started_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (ticket_number, side, platform),
  KEY idx_thread_root (platform, workspace_id, root_message_id),
  KEY idx_thread_id (platform, workspace_id, thread_id),
  CONSTRAINT ck_thread_side CHECK (side IN ('CLIENT', 'TRIAGE')),
  CONSTRAINT fk_thread_ticket FOREIGN KEY (ticket_number) REFERENCES tickets (number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An outbox lane: messages with the same lane (a ticket's thread on one platform) are delivered in the order they were
-- written — a message waits while an older one in its lane waits (edits of the root card aside, which never hold
-- others back). NULL: no order to keep, as before.
ALTER TABLE outbox ADD COLUMN lane VARCHAR(100) NULL;
ALTER TABLE outbox ADD KEY idx_outbox_lane (lane, id);
