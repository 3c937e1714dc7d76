export default {
  version: 9,
  name: 'performance: alarm searches by state and priority, and of open alarms, without sorting the history',
  sql: `
    -- "Resolved priority-1 alarms, newest first" sorted every matching alarm without raised_at here
    -- (0.4 s at 100,000 alarms); the old (state, priority) index is a prefix of this one.
    CREATE INDEX alarms_by_state_priority_time ON alarms (state, priority, raised_at);
    DROP INDEX IF EXISTS alarms_by_state;
    -- Open alarms are few among many resolved ones: without this, "open, newest first" walked the
    -- whole history backwards. Queries must say state <> 'resolved' literally for it to apply.
    CREATE INDEX alarms_open_by_raised ON alarms (raised_at) WHERE state <> 'resolved';
  `,
};
