-- Invoices a client trusts, and Zoho Invoice (issue #14).

-- Payment methods are the agency's own list (PAYMENT_METHODS); each payment keeps the day the client paid, and a
-- payment that came from (or went to) Zoho Invoice its Zoho id, so that no path records it twice.
ALTER TABLE payments DROP CONSTRAINT ck_payments_method;
ALTER TABLE payments
  MODIFY COLUMN method VARCHAR(32) NOT NULL,
  MODIFY COLUMN recorded_by BIGINT NULL COMMENT 'NULL: recorded in Zoho Invoice',
  ADD COLUMN paid_on         DATE        NULL COMMENT 'the day the client paid; NULL: the day it was recorded',
  ADD COLUMN zoho_payment_id VARCHAR(64) NULL,
  ADD UNIQUE KEY uq_payments_zoho (zoho_payment_id);

-- The optional tax line (TAX_RATE, TAX_LABEL), kept with the invoice: a later change of rate changes no issued invoice.
ALTER TABLE invoices
  ADD COLUMN tax_label           VARCHAR(40)    NULL,
  ADD COLUMN tax_rate            DECIMAL(5, 2)  NOT NULL DEFAULT 0,
  ADD COLUMN tax_amount          DECIMAL(12, 2) NOT NULL DEFAULT 0,
  ADD COLUMN zoho_invoice_id     VARCHAR(64)    NULL,
  ADD COLUMN zoho_invoice_number VARCHAR(64)    NULL,
  ADD COLUMN zoho_invoice_url    VARCHAR(500)   NULL,
  ADD UNIQUE KEY uq_invoices_zoho (zoho_invoice_id);

ALTER TABLE clients ADD COLUMN zoho_contact_id VARCHAR(64) NULL;

-- What still has to reach Zoho Invoice: an invoice (contact, invoice, mark sent) or a payment recorded in TicketOps.
-- Written in the transaction that issues the invoice or records the payment; retried until done.
CREATE TABLE zoho_sync (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind            VARCHAR(16)   NOT NULL,
  invoice_id      BIGINT        NOT NULL,
  payment_id      BIGINT        NULL,
  status          VARCHAR(16)   NOT NULL DEFAULT 'PENDING',
  attempts        INT           NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(6)   NOT NULL,
  last_error      VARCHAR(500)  NULL,
  created_at      DATETIME(6)   NOT NULL,
  done_at         DATETIME(6)   NULL,
  CONSTRAINT ck_zoho_sync_kind CHECK (kind IN ('INVOICE', 'PAYMENT')),
  CONSTRAINT ck_zoho_sync_status CHECK (status IN ('PENDING', 'DONE', 'FAILED')),
  KEY idx_zoho_sync_due (status, next_attempt_at),
  KEY idx_zoho_sync_invoice (invoice_id),
  CONSTRAINT fk_zoho_sync_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id),
  CONSTRAINT fk_zoho_sync_payment FOREIGN KEY (payment_id) REFERENCES payments (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
