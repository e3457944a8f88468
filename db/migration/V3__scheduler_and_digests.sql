-- db-scheduler's table (its MariaDB schema): several TicketOps instances share it, each execution runs once.
CREATE TABLE scheduled_tasks (
  task_name            VARCHAR(100) NOT NULL,
  task_instance        VARCHAR(100) NOT NULL,
  task_data            BLOB,
  execution_time       TIMESTAMP(6) NOT NULL,
  picked               BOOLEAN      NOT NULL,
  picked_by            VARCHAR(50),
  last_success         TIMESTAMP(6) NULL,
  last_failure         TIMESTAMP(6) NULL,
  consecutive_failures INT,
  last_heartbeat       TIMESTAMP(6) NULL,
  version              BIGINT       NOT NULL,
  priority             SMALLINT,
  PRIMARY KEY (task_name, task_instance),
  INDEX execution_time_idx (execution_time),
  INDEX last_heartbeat_idx (last_heartbeat),
  INDEX priority_execution_time_idx (priority DESC, execution_time ASC)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One digest per destination per local day, whatever restarts, instances or daylight-saving changes happen.
CREATE TABLE digest_deliveries (
  destination VARCHAR(200) NOT NULL,
  local_date  DATE         NOT NULL,
  sent_at     DATETIME(6)  NOT NULL,
  PRIMARY KEY (destination, local_date),
  KEY idx_digest_deliveries_sent (destination, sent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The digest reads time by day and open tickets by status.
CREATE INDEX idx_invoices_issued_at ON invoices (issued_at);
CREATE INDEX idx_estimates_status ON estimates (status, ticket_number);
