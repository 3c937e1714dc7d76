export default {
  version: 11,
  name: 'replay keyframes: the replayed desk persisted every so many rows, so a seek starts near its instant',
  sql: `
    -- Derived data: any row may be deleted at any time, and the keyframe keeper rebuilds it from
    -- the two logs. \`env\` fingerprints the site placement, alarm policy and replay rules the
    -- world was computed with; rows of another fingerprint are never read, and are deleted.
    -- \`bytes\` sits before \`world\` so totals are summed without reading the worlds.
    CREATE TABLE replay_keyframes (
      id          INTEGER PRIMARY KEY,
      env         TEXT    NOT NULL,
      at          INTEGER NOT NULL,
      event_at    INTEGER NOT NULL,
      event_seq   INTEGER NOT NULL,
      action_at   INTEGER NOT NULL,
      action_seq  INTEGER NOT NULL,
      bytes       INTEGER NOT NULL,
      world       TEXT    NOT NULL
    ) STRICT;
    -- Keyframes end on whole milliseconds, so one per instant and fingerprint.
    CREATE UNIQUE INDEX replay_keyframes_by_env_time ON replay_keyframes (env, at);
  `,
};
