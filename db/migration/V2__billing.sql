-- Billing: client terms, extra-time approvals, invoices, lines, payments, reminders, overdue overrides.

ALTER TABLE clients
  ADD COLUMN hourly_rate       DECIMAL(12, 2) NULL COMMENT 'NULL: the agency default HOURLY_RATE',
  ADD COLUMN currency          CHAR(3)        NULL COMMENT 'NULL: the agency default CURRENCY',
  ADD COLUMN payment_term_days INT            NULL COMMENT 'NULL: the agency default PAYMENT_TERM_DAYS',
  ADD COLUMN billing_contact   VARCHAR(200)   NULL,
  ADD COLUMN billing_platform  VARCHAR(16)    NULL,
  ADD COLUMN billing_workspace VARCHAR(64)    NULL,
  ADD COLUMN billing_channel   VARCHAR(64)    NULL;

-- Time beyond the approved maximum of an estimate, put to the client for approval.
CREATE TABLE overrun_requests (
  id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ticket_number BIGINT      NOT NULL,
  estimate_id   BIGINT      NOT NULL,
  minutes       INT         NOT NULL,
  status        VARCHAR(16) NOT NULL,
  requested_at  DATETIME(6) NOT NULL,
  decided_by    BIGINT      NULL,
  decided_at    DATETIME(6) NULL,
  CONSTRAINT ck_overrun_status CHECK (status IN ('PENDING', 'APPROVED', 'DECLINED')),
  CONSTRAINT ck_overrun_minutes CHECK (minutes > 0),
  KEY idx_overrun_ticket (ticket_number, status),
  CONSTRAINT fk_overrun_ticket FOREIGN KEY (ticket_number) REFERENCES tickets (number),
  CONSTRAINT fk_overrun_estimate FOREIGN KEY (estimate_id) REFERENCES estimates (id),
  CONSTRAINT fk_overrun_person FOREIGN KEY (decided_by) REFERENCES people (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Staff may let work continue on one ticket while the client has an overdue invoice.
CREATE TABLE overdue_overrides (
  ticket_number BIGINT        NOT NULL PRIMARY KEY,
  reason        VARCHAR(1000) NOT NULL,
  granted_by    BIGINT        NOT NULL,
  granted_at    DATETIME(6)   NOT NULL,
  CONSTRAINT fk_override_ticket FOREIGN KEY (ticket_number) REFERENCES tickets (number),
  CONSTRAINT fk_override_person FOREIGN KEY (granted_by) REFERENCES people (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE invoices (
  id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  number       VARCHAR(32)    NOT NULL,
  client_id    BIGINT         NOT NULL,
  issue_date   DATE           NOT NULL,
  due_date     DATE           NOT NULL,
  currency     CHAR(3)        NOT NULL,
  total        DECIMAL(12, 2) NOT NULL,
  paid         DECIMAL(12, 2) NOT NULL DEFAULT 0,
  status       VARCHAR(16)    NOT NULL,
  access_token CHAR(43)       NOT NULL,
  issued_by    BIGINT         NOT NULL,
  issued_at    DATETIME(6)    NOT NULL,
  paid_at      DATETIME(6)    NULL,
  CONSTRAINT ck_invoices_status CHECK (status IN ('ISSUED', 'OVERDUE', 'PAID')),
  CONSTRAINT ck_invoices_amounts CHECK (total >= 0 AND paid >= 0 AND paid <= total),
  UNIQUE KEY uq_invoices_number (number),
  KEY idx_invoices_client_status (client_id, status, due_date),
  KEY idx_invoices_status_due (status, due_date),
  KEY idx_invoices_issue_date (issue_date),
  CONSTRAINT fk_invoices_client FOREIGN KEY (client_id) REFERENCES clients (id),
  CONSTRAINT fk_invoices_person FOREIGN KEY (issued_by) REFERENCES people (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE invoice_lines (
  id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  invoice_id         BIGINT         NOT NULL,
  position           INT            NOT NULL,
  ticket_number      BIGINT         NOT NULL,
  title              VARCHAR(200)   NOT NULL,
  billed_minutes     INT            NOT NULL,
  unapproved_minutes INT            NOT NULL DEFAULT 0,
  hourly_rate        DECIMAL(12, 2) NOT NULL,
  amount             DECIMAL(12, 2) NOT NULL,
  UNIQUE KEY uq_invoice_lines_ticket (ticket_number),
  KEY idx_invoice_lines_invoice (invoice_id, position),
  CONSTRAINT fk_invoice_lines_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id),
  CONSTRAINT fk_invoice_lines_ticket FOREIGN KEY (ticket_number) REFERENCES tickets (number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE payments (
  id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  invoice_id  BIGINT         NOT NULL,
  amount      DECIMAL(12, 2) NOT NULL,
  method      VARCHAR(16)    NOT NULL,
  reference   VARCHAR(200)   NULL,
  recorded_by BIGINT         NOT NULL,
  received_at DATETIME(6)    NOT NULL,
  CONSTRAINT ck_payments_amount CHECK (amount > 0),
  CONSTRAINT ck_payments_method CHECK (method IN ('WISE', 'PAYPAL')),
  KEY idx_payments_invoice (invoice_id),
  CONSTRAINT fk_payments_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id),
  CONSTRAINT fk_payments_person FOREIGN KEY (recorded_by) REFERENCES people (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One reminder per invoice per day at most, each one recorded.
CREATE TABLE invoice_reminders (
  invoice_id BIGINT      NOT NULL,
  sent_on    DATE        NOT NULL,
  kind       VARCHAR(16) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (invoice_id, sent_on),
  CONSTRAINT ck_reminders_kind CHECK (kind IN ('BEFORE_DUE', 'DUE_TODAY', 'OVERDUE')),
  CONSTRAINT fk_reminders_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
