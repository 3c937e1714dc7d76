export default {
  version: 5,
  name: 'shifts, handovers, guard-logged occurrences',
  sql: `
    CREATE TABLE shifts (
      id           INTEGER PRIMARY KEY,
      operator     TEXT    NOT NULL,
      seat         TEXT    NOT NULL,
      started_at   INTEGER NOT NULL,
      ended_at     INTEGER,
      handover_id  INTEGER
    ) STRICT;
    -- One guard per seat and one seat per guard at a time; the desk refuses first, these catch a bug.
    CREATE UNIQUE INDEX shifts_open_per_seat ON shifts (seat) WHERE ended_at IS NULL;
    CREATE UNIQUE INDEX shifts_open_per_operator ON shifts (operator) WHERE ended_at IS NULL;
    CREATE INDEX shifts_by_start ON shifts (started_at);

    -- The lists are stored as compiled when the shift ended: what the outgoing guard saw and signed.
    CREATE TABLE handovers (
      id               INTEGER PRIMARY KEY,
      shift_id         INTEGER NOT NULL REFERENCES shifts (id),
      seat             TEXT    NOT NULL,
      note             TEXT    NOT NULL,
      open_alarms      TEXT    NOT NULL,
      notable          TEXT    NOT NULL,
      written_by       TEXT    NOT NULL,
      written_at       INTEGER NOT NULL,
      acknowledged_by  TEXT,
      acknowledged_at  INTEGER
    ) STRICT;
    CREATE INDEX handovers_pending ON handovers (written_at) WHERE acknowledged_at IS NULL;
    CREATE INDEX handovers_by_shift ON handovers (shift_id);

    CREATE TABLE occurrences (
      id           INTEGER PRIMARY KEY,
      site_id      TEXT    NOT NULL,
      category     TEXT    NOT NULL,
      floor_id     TEXT    NOT NULL,
      zone         TEXT,
      occurred_at  INTEGER NOT NULL,
      logged_at    INTEGER NOT NULL,
      logged_by    TEXT    NOT NULL,
      narrative    TEXT    NOT NULL,
      record       TEXT    NOT NULL
    ) STRICT;
    CREATE INDEX occurrences_by_time ON occurrences (logged_at);
  `,
};
