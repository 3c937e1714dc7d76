export default {
  version: 8,
  name: 'patrol tours: tour runs and checkpoint results',
  sql: `
    -- One row per run of a tour (tour id + start time), kept so a restart resumes tracking and the
    -- shift report can count tours; the scans themselves are in the event log.
    CREATE TABLE tour_runs (
      id          TEXT    PRIMARY KEY,
      site_id     TEXT    NOT NULL,
      tour_id     TEXT    NOT NULL,
      tour_name   TEXT    NOT NULL,
      start_at    INTEGER NOT NULL,
      end_at      INTEGER NOT NULL,
      state       TEXT    NOT NULL,
      guard       TEXT,
      finished_at INTEGER,
      version     INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX tour_runs_by_tour ON tour_runs (site_id, tour_id, start_at);
    CREATE INDEX tour_runs_by_start ON tour_runs (start_at);

    CREATE TABLE checkpoint_results (
      run_id     TEXT    NOT NULL REFERENCES tour_runs (id),
      position   INTEGER NOT NULL,
      checkpoint TEXT    NOT NULL,
      due_at     INTEGER NOT NULL,
      missed_at  INTEGER NOT NULL,
      result     TEXT    NOT NULL,
      scanned_at INTEGER,
      guard      TEXT,
      PRIMARY KEY (run_id, position)
    ) STRICT;
  `,
};
