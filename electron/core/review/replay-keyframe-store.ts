import type { Database } from 'better-sqlite3';
import type { Keyframe } from './replay-keyframes.js';
import { decodeWorld, encodeWorld } from './replay-world-codec.js';

/** Keyframes of other fingerprints deleted per transaction: a large clean-up never holds the writer long. */
export const FOREIGN_KEYFRAMES_PER_DELETE = 100;

type KeyframeRow = {
  at: number;
  event_at: number;
  event_seq: number;
  action_at: number;
  action_seq: number;
  world: string;
};

const toKeyframe = (row: KeyframeRow | undefined): Keyframe | undefined => {
  const world = row ? decodeWorld(row.world) : null;
  if (!row || !world) return undefined;
  return {
    world,
    position: { event: { at: row.event_at, seq: row.event_seq }, action: { at: row.action_at, seq: row.action_seq } },
  };
};

/**
 * The persisted keyframes of one fingerprint (migration 011). Reads serve seeks; writes come from
 * the keyframe keeper only, in small transactions on the console's writer connection.
 */
export function keyframeStore(db: Database, fingerprint: string) {
  const columns = 'at, event_at, event_seq, action_at, action_seq, world';
  const latest = db.prepare(
    `SELECT ${columns} FROM replay_keyframes WHERE env = ? AND at <= ? AND at > ? ORDER BY at DESC LIMIT 1`,
  );
  const last = db.prepare(`SELECT ${columns} FROM replay_keyframes WHERE env = ? ORDER BY at DESC LIMIT 1`);
  const insert = db.prepare(`INSERT INTO replay_keyframes
    (env, at, event_at, event_seq, action_at, action_seq, bytes, world) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const totals = db.prepare(
    'SELECT count(*) AS count, coalesce(sum(bytes), 0) AS bytes FROM replay_keyframes WHERE env = ?',
  );
  const oldest = db.prepare('SELECT id FROM replay_keyframes WHERE env = ? ORDER BY at LIMIT ?').pluck();
  const foreign = db.prepare('SELECT id FROM replay_keyframes WHERE env <> ? LIMIT ?').pluck();
  const remove = db.prepare('DELETE FROM replay_keyframes WHERE id = ?');
  const removeAll = db.transaction((ids: number[]) => {
    for (const id of ids) remove.run(id);
  });
  const insertAll = db.transaction((frames: readonly Keyframe[]) => {
    let bytes = 0;
    for (const { world, position } of frames) {
      const text = encodeWorld(world);
      const size = Buffer.byteLength(text);
      bytes += size;
      const { event, action } = position;
      insert.run(fingerprint, world.at, event.at, event.seq, action.at, action.seq, size, text);
    }
    return bytes;
  });

  return {
    /**
     * The latest keyframe at or before `at` (every row logged up to its instant is in it), if it is
     * later than `after`: a seek with a later one in memory does not decode a world it will not use.
     */
    latest: (at: number, after = Number.MIN_SAFE_INTEGER): Keyframe | undefined =>
      toKeyframe(latest.get(fingerprint, at, after) as KeyframeRow | undefined),
    /** Where the kept history ends: the keeper goes on from here. */
    last: (): Keyframe | undefined => toKeyframe(last.get(fingerprint) as KeyframeRow | undefined),
    /** Writes the frames in one transaction; returns the bytes written. */
    put: (frames: readonly Keyframe[]): number => (frames.length === 0 ? 0 : insertAll(frames)),
    totals: () => totals.get(fingerprint) as { count: number; bytes: number },
    /**
     * Deletes every other keyframe of the older half (the oldest is kept): old history's spacing
     * doubles, the newest half keeps the full spacing. Returns how many were deleted.
     */
    thinOlderHalf(): number {
      const { count } = this.totals();
      const older = oldest.all(fingerprint, Math.floor(count / 2)) as number[];
      const doomed = older.filter((_, index) => index % 2 === 1);
      removeAll(doomed);
      return doomed.length;
    },
    /** Deletes up to FOREIGN_KEYFRAMES_PER_DELETE keyframes of other fingerprints; 0 when none are left. */
    dropForeign(): number {
      const ids = foreign.all(fingerprint, FOREIGN_KEYFRAMES_PER_DELETE) as number[];
      removeAll(ids);
      return ids.length;
    },
  };
}
export type KeyframeStore = ReturnType<typeof keyframeStore>;
