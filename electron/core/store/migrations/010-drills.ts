export default {
  version: 10,
  name: 'training drills, and drill alarms kept apart from real ones',
  sql: `
    CREATE TABLE drills (
      id           INTEGER PRIMARY KEY,
      scenario     TEXT    NOT NULL,
      speed        REAL    NOT NULL,
      seed         INTEGER NOT NULL,
      started_by   TEXT    NOT NULL,
      started_at   INTEGER NOT NULL,
      ended_by     TEXT,
      ended_at     INTEGER,
      end_reason   TEXT
    ) STRICT;
    CREATE INDEX drills_by_start ON drills (started_at);

    -- Read from the record the core already writes, so the alarm writer needs no new column.
    ALTER TABLE alarms ADD COLUMN drill_id INTEGER GENERATED ALWAYS AS (json_extract(record, '$.drill')) VIRTUAL;
    CREATE INDEX alarms_by_drill ON alarms (drill_id, raised_at) WHERE drill_id IS NOT NULL;
    -- One open alarm per (device, condition) and per drill: a drill's forced door must not fold
    -- into the real forced door of the same device, nor be refused for it.
    DROP INDEX alarms_one_open;
    CREATE UNIQUE INDEX alarms_one_open ON alarms (site_id, device_id, condition, ifnull(drill_id, 0))
      WHERE state <> 'resolved';
  `,
};
