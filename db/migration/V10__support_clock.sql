-- The support clock (#16): running timers, alerts sent once per ticket (80% of a response target, the out-of-hours
-- answer) and the client's rating of a closed ticket.

-- One running timer per staff member: state in the database, so it survives restarts.
CREATE TABLE timers (
  person_id     BIGINT        NOT NULL PRIMARY KEY,
  ticket_number BIGINT        NOT NULL,
  note          VARCHAR(1000) NULL,
  started_at    DATETIME(6)   NOT NULL,
  warned_at     DATETIME(6)   NULL,
  KEY idx_timers_ticket (ticket_number),
  KEY idx_timers_started (started_at),
  CONSTRAINT fk_timers_person FOREIGN KEY (person_id) REFERENCES people (id),
  CONSTRAINT fk_timers_ticket FOREIGN KEY (ticket_number) REFERENCES tickets (number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An alert about a ticket, claimed once: the primary key makes a second claim fail.
CREATE TABLE ticket_alerts (
  ticket_number BIGINT      NOT NULL,
  kind          VARCHAR(32) NOT NULL,
  sent_at       DATETIME(6) NOT NULL,
  PRIMARY KEY (ticket_number, kind),
  CONSTRAINT fk_ticket_alerts_ticket FOREIGN KEY (ticket_number) REFERENCES tickets (number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The client's rating of a closed ticket: one per ticket.
CREATE TABLE ticket_ratings (
  ticket_number BIGINT        NOT NULL PRIMARY KEY,
  person_id     BIGINT        NOT NULL,
  good          BOOLEAN       NOT NULL,
  comment       VARCHAR(1000) NULL,
  rated_at      DATETIME(6)   NOT NULL,
  KEY idx_ticket_ratings_rated (rated_at),
  CONSTRAINT fk_ticket_ratings_ticket FOREIGN KEY (ticket_number) REFERENCES tickets (number),
  CONSTRAINT fk_ticket_ratings_person FOREIGN KEY (person_id) REFERENCES people (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Stale tickets and the digest read events by kind and time.
CREATE INDEX idx_ticket_events_kind ON ticket_events (kind, occurred_at);
