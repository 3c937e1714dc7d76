import type { Database, Statement } from 'better-sqlite3';
import type { Occurrence } from '../../../shared/domain/occurrence.js';
import type { Handover } from '../../../shared/domain/shift.js';
import { handoverRecords, type HandoverRecords } from '../store/handover-records.js';
import { occurrenceRecords, type OccurrenceRecords } from '../store/occurrence-records.js';

/** Past these a range is not a shift; the report says so rather than listing a partial log. */
export const GUARD_LOG_LIMITS = { occurrences: 5_000, handovers: 1_000 } as const;

type Readers = { occurrences: OccurrenceRecords; handovers: HandoverRecords; handoverIds: Statement };
const readers = new WeakMap<Database, Readers | null>();

/** Statements prepared once per database; null where it predates the shift tables (read-only, unmigrated). */
function readersFor(db: Database): Readers | null {
  if (readers.has(db)) return readers.get(db) ?? null;
  const migrated = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'handovers'").get();
  const made = migrated
    ? {
        occurrences: occurrenceRecords(db),
        handovers: handoverRecords(db),
        // A handover belongs to the shift that wrote it and to the one that acknowledged it.
        handoverIds: db
          .prepare(
            `SELECT id FROM handovers WHERE (written_at >= ? AND written_at < ?)
               OR (acknowledged_at >= ? AND acknowledged_at < ?) ORDER BY written_at, id LIMIT ?`,
          )
          .pluck(),
      }
    : null;
  readers.set(db, made);
  return made;
}

export type GuardLogRows = { occurrences: Occurrence[]; handovers: Handover[]; tooMany: string | null };

/** Occurrences logged, and handovers written or acknowledged, in [from, to). */
export function readGuardLog(db: Database, from: number, to: number): GuardLogRows {
  const read = readersFor(db);
  if (!read) return { occurrences: [], handovers: [], tooMany: null };
  const occurrences = read.occurrences.between(from, to, GUARD_LOG_LIMITS.occurrences + 1);
  const ids = read.handoverIds.all(from, to, from, to, GUARD_LOG_LIMITS.handovers + 1) as number[];
  const handovers = ids.flatMap((id) => read.handovers.get(id) ?? []);
  const tooMany =
    occurrences.length > GUARD_LOG_LIMITS.occurrences
      ? `more than ${GUARD_LOG_LIMITS.occurrences} incidents were logged in this range: report on a shorter one`
      : handovers.length > GUARD_LOG_LIMITS.handovers
        ? `more than ${GUARD_LOG_LIMITS.handovers} handovers fall in this range: report on a shorter one`
        : null;
  return { occurrences, handovers, tooMany };
}
