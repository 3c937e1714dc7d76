import type { Database } from 'better-sqlite3';
import { shiftRecords, type ShiftRecords } from '../store/shift-records.js';

const records = new WeakMap<Database, ShiftRecords | null>();

export type ShiftRange = { ok: true; from: number; to: number } | { ok: false; reason: string };

/**
 * A shift's report range: from its start to just after its end, so the handover and end-of-shift
 * rows written at the moment it ended are in it (the range excludes its end). An open shift runs to now.
 */
export function shiftRange(db: Database, shiftId: number, now: number): ShiftRange {
  if (!records.has(db)) {
    const migrated = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'shifts'").get();
    records.set(db, migrated ? shiftRecords(db) : null);
  }
  const shift = records.get(db)?.get(shiftId);
  if (!shift) return { ok: false, reason: `there is no shift ${shiftId}` };
  const end = shift.endedAt ?? now;
  return { ok: true, from: shift.startedAt, to: Math.max(end + 1, shift.startedAt + 1) };
}
