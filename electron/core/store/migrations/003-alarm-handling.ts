export default {
  version: 3,
  name: 'alarm handling: full alarm records, incidents',
  sql: `
    -- The whole alarm (owner, shelving, checklist, targets…) as JSON; the columns stay for filtering.
    ALTER TABLE alarms ADD COLUMN record TEXT;
    ALTER TABLE alarms ADD COLUMN disposition TEXT;
    ALTER TABLE alarms ADD COLUMN incident_id INTEGER;
    -- Alarms raised before this migration get a record with the new fields at their neutral values.
    UPDATE alarms SET record = json_object(
      'id', id, 'siteId', site_id, 'deviceId', device_id, 'condition', condition, 'category', category,
      'priority', priority, 'state', state, 'version', 1, 'count', count, 'raisedAt', raised_at,
      'lastOccurredAt', last_occurred_at, 'returnedAt', returned_at, 'acknowledgedAt', acknowledged_at,
      'acknowledgedBy', NULL, 'resolvedAt', resolved_at, 'resolvedBy', NULL, 'disposition', NULL,
      'floorId', NULL, 'zone', zone, 'detail', detail, 'latched', json('false'), 'resetAt', NULL,
      'owner', NULL, 'shelved', NULL, 'incidentId', NULL, 'checklist', json('[]'), 'noteRequired', json('false'),
      'notes', 0, 'targets', json_object('acknowledgeS', 300, 'resolveS', 86400), 'escalatedAt', NULL,
      'resolveEscalatedAt', NULL, 'transitions', json_array(last_occurred_at), 'chattering', json('false'));
    CREATE INDEX alarms_by_state ON alarms (state, priority);
    CREATE INDEX alarms_by_incident ON alarms (incident_id) WHERE incident_id IS NOT NULL;

    CREATE TABLE incidents (
      id            INTEGER PRIMARY KEY,
      site_id       TEXT    NOT NULL,
      floor_id      TEXT,
      zone          TEXT,
      opened_at     INTEGER NOT NULL,
      last_alarm_at INTEGER NOT NULL,
      closed_at     INTEGER,
      alarm_ids     TEXT    NOT NULL
    ) STRICT;
    CREATE INDEX incidents_open ON incidents (closed_at) WHERE closed_at IS NULL;
  `,
};
