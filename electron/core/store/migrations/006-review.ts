/** What a person wrote in an action's detail: a note, a resolve or dispatch note, a reason, a narrative. */
const WRITTEN = (row: string) =>
  `concat_ws(' ', json_extract(${row}detail, '$.text'), json_extract(${row}detail, '$.note'),
     json_extract(${row}detail, '$.reason'), json_extract(${row}detail, '$.narrative'))`;
/** Not the core's own words, and not checklist steps (their text is the SOP's, not the guard's). */
const BY_A_PERSON = (row: string) => `${row}operator <> 'system' AND ${row}action <> 'checklist'`;

export default {
  version: 6,
  name: 'supervisor review: timeline indexes, full-text search over notes',
  sql: `
    -- Timeline filters: a guard's actions, a device's actions, alarms by condition or disposition.
    CREATE INDEX actions_by_operator_time ON actions (operator, at);
    CREATE INDEX actions_by_device_time ON actions (device_id, at);
    CREATE INDEX alarms_by_condition ON alarms (condition, raised_at);
    CREATE INDEX alarms_by_disposition ON alarms (disposition, raised_at) WHERE disposition IS NOT NULL;
    -- Replay finds the incident a correlation opened by its opening time.
    CREATE INDEX incidents_by_opened ON incidents (opened_at);

    -- Everything a person wrote in the action log, searchable. rowid is the action's seq, so the
    -- newest matches come first without a sort and a time range becomes a rowid range.
    CREATE VIRTUAL TABLE review_text USING fts5(
      body,
      at UNINDEXED,
      tokenize = 'unicode61 remove_diacritics 2'
    );

    -- The action log is append-only (migration 2 refuses UPDATE and DELETE), so insert is enough.
    CREATE TRIGGER actions_review_text AFTER INSERT ON actions
      WHEN ${BY_A_PERSON('new.')} AND ${WRITTEN('new.')} <> ''
      BEGIN
        INSERT INTO review_text (rowid, body, at) VALUES (new.seq, ${WRITTEN('new.')}, new.at);
      END;

    INSERT INTO review_text (rowid, body, at)
      SELECT seq, ${WRITTEN('')}, at FROM actions WHERE ${BY_A_PERSON('')} AND ${WRITTEN('')} <> '';
  `,
};
