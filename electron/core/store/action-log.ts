import type { Database } from 'better-sqlite3';
import { canonicalJson } from '../audit/canonical-json.js';
import { GENESIS_HASH, rowHash, type ChainRow } from '../audit/chain-hash.js';
import type { ActionInput, ActionRecord } from '../../../shared/domain/action-record.js';
import { statementCache, whereClause } from './statement-cache.js';

export type { ActionInput, ActionRecord } from '../../../shared/domain/action-record.js';

export type ActionFilter = { from?: number; to?: number; operator?: string; action?: string; limit: number };

export const MAX_ACTION_LENGTH = 64;

/** Columns under the names ChainRow uses, so rows stream into verifyChain without being copied. */
const CHAIN_COLUMNS = `seq, at, operator, seat, action, alarm_id AS alarmId, incident_id AS incidentId,
  device_id AS deviceId, detail, prev_hash AS prevHash, hash`;

/**
 * The guard action log: append-only and hash-chained, so an edit of history shows in
 * `watchfloor audit verify`. The schema (migration 2) also refuses UPDATE and DELETE.
 */
export function actionLog(db: Database) {
  // The head is read again on every append rather than cached: a rolled-back transaction would
  // leave a cached head pointing at a row that no longer exists. It is one B-tree descent.
  const head = db.prepare('SELECT seq, hash FROM actions ORDER BY seq DESC LIMIT 1');
  const insert = db.prepare(`INSERT INTO actions
    (seq, at, operator, seat, action, alarm_id, incident_id, device_id, detail, prev_hash, hash)
    VALUES (@seq, @at, @operator, @seat, @action, @alarmId, @incidentId, @deviceId, @detail, @prevHash, @hash)`);
  const forAlarm = db.prepare(`SELECT ${CHAIN_COLUMNS} FROM actions WHERE alarm_id = ? ORDER BY seq`);
  const count = db.prepare('SELECT count(*) FROM actions').pluck();
  const prepared = statementCache(db);

  // Reading the head and inserting after it must be one step even when a caller forgets its
  // transaction; inside the caller's transaction this nests as a savepoint.
  const append = db.transaction((input: ActionInput): ActionRecord => {
    checkInput(input);
    const previous = head.get() as { seq: number; hash: string } | undefined;
    const row: Omit<ChainRow, 'hash'> = {
      seq: (previous?.seq ?? 0) + 1,
      at: input.at,
      operator: input.operator,
      seat: input.seat,
      action: input.action,
      alarmId: input.alarmId,
      incidentId: input.incidentId,
      deviceId: input.deviceId,
      detail: canonicalJson(input.detail),
      prevHash: previous?.hash ?? GENESIS_HASH,
    };
    const stored: ChainRow = { ...row, hash: rowHash(row) };
    insert.run(stored);
    return toRecord(stored);
  });

  return {
    /** Call inside the transaction that makes the change this action records. */
    append: (input: ActionInput): ActionRecord => append(input),
    /** Oldest first. */
    forAlarm: (alarmId: number): ActionRecord[] => (forAlarm.all(alarmId) as ChainRow[]).map(toRecord),
    /** Newest first; `from` inclusive, `to` exclusive. */
    query(filter: ActionFilter): ActionRecord[] {
      const { where, values } = whereClause([
        filter.from !== undefined ? { sql: 'at >= ?', value: filter.from } : null,
        filter.to !== undefined ? { sql: 'at < ?', value: filter.to } : null,
        filter.operator !== undefined ? { sql: 'operator = ?', value: filter.operator } : null,
        filter.action !== undefined ? { sql: 'action = ?', value: filter.action } : null,
      ]);
      const rows = prepared(`SELECT ${CHAIN_COLUMNS} FROM actions ${where} ORDER BY at DESC, seq DESC LIMIT ?`).all(
        ...values,
        filter.limit,
      ) as ChainRow[];
      return rows.map(toRecord);
    },
    count: (): number => count.get() as number,
  };
}
export type ActionLog = ReturnType<typeof actionLog>;

/** Every row in chain order, one at a time: for verifying a log of any length. */
export function chainRows(db: Database): IterableIterator<ChainRow> {
  return db.prepare(`SELECT ${CHAIN_COLUMNS} FROM actions ORDER BY seq`).iterate() as IterableIterator<ChainRow>;
}

function toRecord(row: ChainRow): ActionRecord {
  return { ...row, detail: JSON.parse(row.detail) as Record<string, unknown> };
}

/** Refuses what would be stored differently from what was hashed, or could not be read back as given. */
function checkInput(input: ActionInput): void {
  const fail = (message: string): never => {
    throw new RangeError(`action log: ${message}`);
  };
  if (!Number.isSafeInteger(input.at)) fail(`at must be integer epoch milliseconds, got ${input.at}`);
  if (input.operator === '') fail('operator must not be empty');
  if (input.seat === '') fail('seat must not be empty');
  if (input.action === '' || input.action.length > MAX_ACTION_LENGTH)
    fail(`action must be 1 to ${MAX_ACTION_LENGTH} characters, got ${JSON.stringify(input.action)}`);
  for (const [name, id] of [
    ['alarmId', input.alarmId],
    ['incidentId', input.incidentId],
  ] as const) {
    if (id !== null && !Number.isSafeInteger(id)) fail(`${name} must be an integer or null, got ${id}`);
  }
  if (typeof input.detail !== 'object' || input.detail === null || Array.isArray(input.detail))
    fail('detail must be a JSON object');
}
