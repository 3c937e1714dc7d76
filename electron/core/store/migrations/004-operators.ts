export default {
  version: 4,
  name: 'operator accounts and sessions',
  sql: `
    -- Usernames compare without case so that "J.Osei" cannot be created beside "j.osei".
    CREATE TABLE operators (
      id            INTEGER PRIMARY KEY,
      username      TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(username) BETWEEN 1 AND 64),
      display_name  TEXT    NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
      role          TEXT    NOT NULL CHECK (role IN ('guard', 'supervisor', 'admin')),
      password_hash TEXT    NOT NULL,
      created_at    INTEGER NOT NULL,
      disabled_at   INTEGER
    ) STRICT;

    -- Only a SHA-256 of each token is kept: a copy of the database does not let anyone sign in.
    CREATE TABLE sessions (
      token_hash   TEXT    PRIMARY KEY CHECK (length(token_hash) = 64),
      operator_id  INTEGER NOT NULL REFERENCES operators (id),
      created_at   INTEGER NOT NULL,
      last_seen_at INTEGER NOT NULL,
      expires_at   INTEGER NOT NULL,
      address      TEXT
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX sessions_by_operator ON sessions (operator_id);
  `,
};
