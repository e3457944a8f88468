-- The support portal (issue #13): one-time sign-in links and server-side sessions, shared by every instance.
-- Neither the link's token nor the session's cookie value is stored: only their SHA-256 (hex).

CREATE TABLE portal_links (
  token_hash   CHAR(64)    NOT NULL PRIMARY KEY,
  person_id    BIGINT      NOT NULL,
  -- where the link was asked for: the portal opens tickets there, as the chat command would have
  platform     VARCHAR(16) NOT NULL,
  workspace_id VARCHAR(64) NOT NULL,
  channel_id   VARCHAR(64) NOT NULL,
  created_at   DATETIME(6) NOT NULL,
  expires_at   DATETIME(6) NOT NULL,
  used_at      DATETIME(6) NULL,
  KEY idx_portal_links_person (person_id),
  CONSTRAINT fk_portal_links_person FOREIGN KEY (person_id) REFERENCES people (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE portal_sessions (
  session_hash CHAR(64)    NOT NULL PRIMARY KEY,
  person_id    BIGINT      NOT NULL,
  platform     VARCHAR(16) NOT NULL,
  workspace_id VARCHAR(64) NOT NULL,
  channel_id   VARCHAR(64) NOT NULL,
  -- the form token of this session (CSRF): a random value sent in every form and compared on every POST
  csrf_token   CHAR(43)    NOT NULL,
  created_at   DATETIME(6) NOT NULL,
  last_seen_at DATETIME(6) NOT NULL,
  revoked_at   DATETIME(6) NULL,
  KEY idx_portal_sessions_person (person_id),
  CONSTRAINT fk_portal_sessions_person FOREIGN KEY (person_id) REFERENCES people (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
