export default {
  version: 1,
  name: 'event log, quarantine, device states, alarms',
  sql: `
    CREATE TABLE events (
      seq          INTEGER PRIMARY KEY,
      site_id      TEXT    NOT NULL,
      device_id    TEXT    NOT NULL,
      event_id     TEXT    NOT NULL,
      channel      TEXT    NOT NULL,
      device_ts    INTEGER,
      received_at  INTEGER NOT NULL,
      payload      TEXT    NOT NULL
    ) STRICT;
    -- Dedupe scope is the device: two vendors' devices counting from 1 must not swallow each other's events.
    CREATE UNIQUE INDEX events_identity ON events (site_id, device_id, event_id);
    CREATE INDEX events_by_time ON events (received_at);
    CREATE INDEX events_by_device_time ON events (device_id, received_at);
    CREATE INDEX events_by_channel_time ON events (channel, received_at);

    CREATE TABLE quarantine (
      id           INTEGER PRIMARY KEY,
      topic        TEXT    NOT NULL,
      payload      BLOB    NOT NULL,
      reason       TEXT    NOT NULL,
      received_at  INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX quarantine_by_time ON quarantine (received_at);

    CREATE TABLE device_states (
      site_id    TEXT NOT NULL,
      device_id  TEXT NOT NULL,
      state      TEXT NOT NULL,
      PRIMARY KEY (site_id, device_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE alarms (
      id               INTEGER PRIMARY KEY,
      site_id          TEXT    NOT NULL,
      device_id        TEXT    NOT NULL,
      condition        TEXT    NOT NULL,
      category         TEXT    NOT NULL,
      priority         INTEGER NOT NULL,
      state            TEXT    NOT NULL,
      count            INTEGER NOT NULL,
      raised_at        INTEGER NOT NULL,
      last_occurred_at INTEGER NOT NULL,
      returned_at      INTEGER,
      acknowledged_at  INTEGER,
      resolved_at      INTEGER,
      zone             TEXT,
      detail           TEXT
    ) STRICT;
    -- One open alarm per (device, condition): re-triggers fold into it.
    CREATE UNIQUE INDEX alarms_one_open ON alarms (site_id, device_id, condition) WHERE state <> 'resolved';
    CREATE INDEX alarms_by_raised ON alarms (raised_at);
    CREATE INDEX alarms_by_device ON alarms (device_id, raised_at);
  `,
};
