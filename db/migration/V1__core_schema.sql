-- TicketOps core schema: every table utf8mb4, times in UTC (DATETIME(6)), money in DECIMAL(12,2).

CREATE TABLE sequences (
  name       VARCHAR(64) NOT NULL PRIMARY KEY,
  next_value BIGINT      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO sequences (name, next_value) VALUES ('ticket', 1);

CREATE TABLE clients (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name              VARCHAR(200) NOT NULL,
  -- lower-cased name of an organisation, NULL for an individual client (so individuals may share names)
  org_key           VARCHAR(200) NULL,
  kind              VARCHAR(16)  NOT NULL,
  created_at        DATETIME(6)  NOT NULL,
  CONSTRAINT ck_clients_kind CHECK (kind IN ('ORGANISATION', 'INDIVIDUAL')),
  UNIQUE KEY uq_clients_org_key (org_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE people (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  platform     VARCHAR(16)  NOT NULL,
  workspace_id VARCHAR(64)  NOT NULL,
  user_id      VARCHAR(64)  NOT NULL,
  display_name VARCHAR(200) NOT NULL,
  role         VARCHAR(16)  NOT NULL,
  client_id    BIGINT       NULL,
  created_at   DATETIME(6)  NOT NULL,
  updated_at   DATETIME(6)  NOT NULL,
  CONSTRAINT ck_people_platform CHECK (platform IN ('SLACK', 'DISCORD')),
  CONSTRAINT ck_people_role CHECK (role IN ('STAFF', 'CLIENT')),
  UNIQUE KEY uq_people_identity (platform, workspace_id, user_id),
  KEY idx_people_client (client_id),
  CONSTRAINT fk_people_client FOREIGN KEY (client_id) REFERENCES clients (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE channel_links (
  platform     VARCHAR(16) NOT NULL,
  workspace_id VARCHAR(64) NOT NULL,
  channel_id   VARCHAR(64) NOT NULL,
  client_id    BIGINT      NOT NULL,
  linked_by    BIGINT      NOT NULL,
  linked_at    DATETIME(6) NOT NULL,
  PRIMARY KEY (platform, workspace_id, channel_id),
  KEY idx_channel_links_client (client_id),
  CONSTRAINT fk_channel_links_client FOREIGN KEY (client_id) REFERENCES clients (id),
  CONSTRAINT fk_channel_links_person FOREIGN KEY (linked_by) REFERENCES people (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE tickets (
  number           BIGINT        NOT NULL PRIMARY KEY,
  title            VARCHAR(200)  NOT NULL,
  description      TEXT          NULL,
  urgent           BOOLEAN       NOT NULL DEFAULT FALSE,
  billable         BOOLEAN       NOT NULL DEFAULT TRUE,
  status           VARCHAR(16)   NOT NULL,
  client_id        BIGINT        NOT NULL,
  requester_id     BIGINT        NOT NULL,
  origin_platform  VARCHAR(16)   NOT NULL,
  origin_workspace VARCHAR(64)   NOT NULL,
  origin_channel   VARCHAR(64)   NOT NULL,
  opened_at        DATETIME(6)   NOT NULL,
  closed_at        DATETIME(6)   NULL,
  close_summary    TEXT          NULL,
  updated_at       DATETIME(6)   NOT NULL,
  CONSTRAINT ck_tickets_status CHECK (status IN ('NEW', 'ESTIMATED', 'APPROVED', 'DECLINED', 'CLOSED')),
  KEY idx_tickets_client_status (client_id, status, number),
  KEY idx_tickets_requester (requester_id, number),
  KEY idx_tickets_status (status, number),
  KEY idx_tickets_opened_at (opened_at),
  KEY idx_tickets_closed_at (closed_at),
  CONSTRAINT fk_tickets_client FOREIGN KEY (client_id) REFERENCES clients (id),
  CONSTRAINT fk_tickets_requester FOREIGN KEY (requester_id) REFERENCES people (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE estimates (
  id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ticket_number BIGINT         NOT NULL,
  low_minutes   INT            NOT NULL,
  high_minutes  INT            NOT NULL,
  hourly_rate   DECIMAL(12, 2) NOT NULL,
  currency      CHAR(3)        NOT NULL,
  note          VARCHAR(1000)  NULL,
  status        VARCHAR(16)    NOT NULL,
  estimated_by  BIGINT         NOT NULL,
  created_at    DATETIME(6)    NOT NULL,
  CONSTRAINT ck_estimates_range CHECK (low_minutes > 0 AND low_minutes <= high_minutes AND high_minutes <= 12000),
  CONSTRAINT ck_estimates_status CHECK (status IN ('PENDING', 'APPROVED', 'DECLINED', 'SUPERSEDED')),
  KEY idx_estimates_ticket (ticket_number, id),
  CONSTRAINT fk_estimates_ticket FOREIGN KEY (ticket_number) REFERENCES tickets (number),
  CONSTRAINT fk_estimates_person FOREIGN KEY (estimated_by) REFERENCES people (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE approvals (
  id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  estimate_id   BIGINT      NOT NULL,
  ticket_number BIGINT      NOT NULL,
  decision      VARCHAR(16) NOT NULL,
  decided_by    BIGINT      NOT NULL,
  platform      VARCHAR(16) NOT NULL,
  decided_at    DATETIME(6) NOT NULL,
  CONSTRAINT ck_approvals_decision CHECK (decision IN ('APPROVED', 'DECLINED')),
  UNIQUE KEY uq_approvals_estimate (estimate_id),
  KEY idx_approvals_ticket (ticket_number),
  CONSTRAINT fk_approvals_estimate FOREIGN KEY (estimate_id) REFERENCES estimates (id),
  CONSTRAINT fk_approvals_ticket FOREIGN KEY (ticket_number) REFERENCES tickets (number),
  CONSTRAINT fk_approvals_person FOREIGN KEY (decided_by) REFERENCES people (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE time_entries (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ticket_number BIGINT        NOT NULL,
  person_id     BIGINT        NOT NULL,
  minutes       INT           NOT NULL,
  note          VARCHAR(1000) NULL,
  logged_at     DATETIME(6)   NOT NULL,
  CONSTRAINT ck_time_entries_minutes CHECK (minutes BETWEEN 1 AND 1440),
  KEY idx_time_entries_ticket (ticket_number, logged_at),
  KEY idx_time_entries_logged_at (logged_at),
  KEY idx_time_entries_person (person_id, logged_at),
  CONSTRAINT fk_time_entries_ticket FOREIGN KEY (ticket_number) REFERENCES tickets (number),
  CONSTRAINT fk_time_entries_person FOREIGN KEY (person_id) REFERENCES people (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ticket_events (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ticket_number BIGINT        NULL,
  actor_id      BIGINT        NULL,
  platform      VARCHAR(16)   NOT NULL,
  kind          VARCHAR(32)   NOT NULL,
  detail        VARCHAR(2000) NULL,
  occurred_at   DATETIME(6)   NOT NULL,
  KEY idx_ticket_events_ticket (ticket_number, id),
  KEY idx_ticket_events_occurred (occurred_at),
  CONSTRAINT fk_ticket_events_ticket FOREIGN KEY (ticket_number) REFERENCES tickets (number),
  CONSTRAINT fk_ticket_events_actor FOREIGN KEY (actor_id) REFERENCES people (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Idempotency: the SHA-256 of an adapter's request key, with the answer given the first time.
CREATE TABLE processed_requests (
  request_hash CHAR(64)    NOT NULL PRIMARY KEY,
  response     MEDIUMTEXT  NULL,
  created_at   DATETIME(6) NOT NULL,
  KEY idx_processed_requests_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Messages to send, written in the same transaction as the change that causes them.
CREATE TABLE outbox (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  platform        VARCHAR(16)   NOT NULL,
  workspace_id    VARCHAR(64)   NOT NULL,
  channel_id      VARCHAR(64)   NOT NULL,
  kind            VARCHAR(32)   NOT NULL,
  ticket_number   BIGINT        NULL,
  payload         MEDIUMTEXT    NOT NULL,
  status          VARCHAR(16)   NOT NULL,
  attempts        INT           NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(6)   NOT NULL,
  last_error      VARCHAR(1000) NULL,
  external_id     VARCHAR(128)  NULL,
  created_at      DATETIME(6)   NOT NULL,
  sent_at         DATETIME(6)   NULL,
  CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
  KEY idx_outbox_due (status, next_attempt_at),
  KEY idx_outbox_ticket (ticket_number),
  CONSTRAINT fk_outbox_ticket FOREIGN KEY (ticket_number) REFERENCES tickets (number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
