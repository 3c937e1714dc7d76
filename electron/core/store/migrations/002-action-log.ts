export default {
  version: 2,
  name: 'hash-chained guard action log',
  sql: `
    -- seq is assigned by the writer, not by SQLite: it is part of the hashed row, so it must be known
    -- before the insert. No foreign keys: the audit trail must not depend on rows it talks about.
    CREATE TABLE actions (
      seq          INTEGER PRIMARY KEY,
      at           INTEGER NOT NULL,
      operator     TEXT    NOT NULL,
      seat         TEXT    NOT NULL,
      action       TEXT    NOT NULL CHECK (length(action) BETWEEN 1 AND 64),
      alarm_id     INTEGER,
      incident_id  INTEGER,
      device_id    TEXT,
      detail       TEXT    NOT NULL,
      prev_hash    TEXT    NOT NULL CHECK (length(prev_hash) = 64),
      hash         TEXT    NOT NULL CHECK (length(hash) = 64)
    ) STRICT;
    CREATE INDEX actions_by_alarm ON actions (alarm_id);
    CREATE INDEX actions_by_time ON actions (at);

    -- Defence in depth only: whoever can drop these can edit the file, and the hash chain is what
    -- exposes that (watchfloor audit verify).
    CREATE TRIGGER actions_no_update BEFORE UPDATE ON actions
      BEGIN SELECT RAISE(ABORT, 'the action log is append-only'); END;
    CREATE TRIGGER actions_no_delete BEFORE DELETE ON actions
      BEGIN SELECT RAISE(ABORT, 'the action log is append-only'); END;
  `,
};
