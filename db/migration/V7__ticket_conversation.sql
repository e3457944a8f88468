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
  KEY idx_thread_id (platform, thread_id, channel_id),
  CONSTRAINT ck_thread_side CHECK (side IN ('CLIENT', 'TRIAGE')),
  CONSTRAINT fk_thread_ticket FOREIGN KEY (ticket_number) REFERENCES tickets (number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An outbox lane: messages with the same lane (a ticket's thread on one platform) are delivered in the order they were
-- written — a message waits while an older one in its lane waits (edits of the root card aside, which never hold
-- others back). NULL: no order to keep, as before.
ALTER TABLE outbox ADD COLUMN lane VARCHAR(100) NULL;
ALTER TABLE outbox ADD KEY idx_outbox_lane (lane, id);

-- The ticket's conversation: what people wrote in its threads (or with /ticket reply), credentials redacted before
-- storage. internal: a staff note in the triage thread, never shown to the client. message_id is the platform's id of
-- the message (Slack ts, Discord id; for /ticket reply an id of our own): a repeated event finds it and acts once.
CREATE TABLE ticket_messages (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ticket_number BIGINT        NOT NULL,
  side          VARCHAR(8)    NOT NULL,
  internal      BOOLEAN       NOT NULL,
  platform      VARCHAR(16)   NOT NULL,
  workspace_id  VARCHAR(64)   NOT NULL,
  channel_id    VARCHAR(64)   NOT NULL,
  message_id    VARCHAR(80)   NOT NULL,
  author_id     BIGINT        NOT NULL,
  author_name   VARCHAR(200)  NOT NULL,
  author_role   VARCHAR(16)   NOT NULL,
  via           VARCHAR(16)   NOT NULL,
  body          MEDIUMTEXT    NOT NULL,
  redactions    VARCHAR(500)  NULL,
  written_at    DATETIME(6)   NOT NULL,
  edited_at     DATETIME(6)   NULL,
  deleted_at    DATETIME(6)   NULL,
  UNIQUE KEY uq_ticket_message (platform, workspace_id, channel_id, message_id),
  KEY idx_ticket_messages (ticket_number, id),
  CONSTRAINT ck_message_side CHECK (side IN ('CLIENT', 'TRIAGE')),
  CONSTRAINT ck_message_via CHECK (via IN ('THREAD', 'COMMAND')),
  CONSTRAINT fk_message_ticket FOREIGN KEY (ticket_number) REFERENCES tickets (number),
  CONSTRAINT fk_message_author FOREIGN KEY (author_id) REFERENCES people (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who works on a ticket (at most one assignee, staff) and when staff first answered the client (a reply, an estimate
-- or a not-billable decision); dm_due_at: when the assignee's newest direct message about the ticket is (or was) due,
-- so they get at most one every 5 minutes per ticket.
CREATE TABLE ticket_staffing (
  ticket_number     BIGINT      NOT NULL PRIMARY KEY,
  assignee_id       BIGINT      NULL,
  assigned_at       DATETIME(6) NULL,
  first_response_at DATETIME(6) NULL,
  first_response_by BIGINT      NULL,
  dm_due_at         DATETIME(6) NULL,
  KEY idx_staffing_assignee (assignee_id),
  KEY idx_staffing_first_response (first_response_at),
  CONSTRAINT fk_staffing_ticket FOREIGN KEY (ticket_number) REFERENCES tickets (number),
  CONSTRAINT fk_staffing_assignee FOREIGN KEY (assignee_id) REFERENCES people (id),
  CONSTRAINT fk_staffing_responder FOREIGN KEY (first_response_by) REFERENCES people (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
