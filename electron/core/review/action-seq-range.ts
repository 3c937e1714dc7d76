import type { Database } from 'better-sqlite3';

/** Rows read per query while catching up with the action log. */
const CATCH_UP_CHUNK = 50_000;

/**
 * The action seqs that can hold a time range, for searching review_text by rowid (= seq).
 * Seq order is log order and mostly time order; `lag` is how far behind the latest time any row
 * was logged (a clock stepped back, or rows written with earlier times), learnt once over the
 * whole log and then from new rows only. Widening the range by it keeps the bounds exact:
 * every row up to the last one logged before `from - lag` is older than `from`, and every row
 * from the first one at `to + lag` on is not older than `to`. The caller still filters by time.
 */
export function actionSeqRange(db: Database) {
  const newer = db.prepare(`SELECT seq, at FROM actions WHERE seq > ? ORDER BY seq LIMIT ${CATCH_UP_CHUNK}`).raw();
  const lastBefore = db.prepare('SELECT seq FROM actions WHERE at < ? ORDER BY at DESC, seq DESC LIMIT 1').pluck();
  const firstFrom = db.prepare('SELECT seq FROM actions WHERE at >= ? ORDER BY at, seq LIMIT 1').pluck();
  let checkedSeq = 0;
  let latestAt = -Infinity;
  let lag = 0;

  const catchUp = () => {
    for (;;) {
      const rows = newer.all(checkedSeq) as [number, number][];
      for (const [seq, at] of rows) {
        lag = Math.max(lag, latestAt - at);
        latestAt = Math.max(latestAt, at);
        checkedSeq = seq;
      }
      if (rows.length < CATCH_UP_CHUNK) return;
    }
  };

  /** Seqs [first, last] covering every action logged in [from, to); null when the log holds none yet. */
  return (from: number, to: number): { first: number; last: number } | null => {
    catchUp();
    if (checkedSeq === 0) return null;
    const before = lastBefore.get(from - lag) as number | undefined;
    const after = firstFrom.get(to + lag) as number | undefined;
    const range = { first: (before ?? 0) + 1, last: after === undefined ? checkedSeq : after - 1 };
    return range.first <= range.last ? range : null;
  };
}
