import type { Database } from 'better-sqlite3';
import type { Keyframe } from './replay-keyframes.js';

/** Tail keyframes held at most; past it the oldest goes. At the default spacing, about 32,000 rows of recent history. */
export const MAX_TAIL_KEYFRAMES = 64;

/** How far each log had been written (its highest seq) when a seek began reading. */
export type LogMarks = { event: number; action: number };

type TailFrame = { keyframe: Keyframe; marks: LogMarks };

/**
 * Keyframes over recent history, which the keeper and the settled cache leave out because a row
 * can still be logged behind them: a batch committed late, rows held through a store fault, the
 * clock stepped back. Without them a seek into the last minutes replays from the last settled
 * keyframe, every row since. Each remembers how far both logs had been written when its seek
 * began; it serves a seek only while nothing written since is at or before its instant, which
 * costs a look at the rows written since (seq is the rowid), not at the history behind it.
 */
export function tailKeyframes(db: Database) {
  const marksNow = db.prepare(
    'SELECT (SELECT coalesce(max(seq), 0) FROM events) AS event, (SELECT coalesce(max(seq), 0) FROM actions) AS action',
  );
  // The unary + keeps SQLite off the time indexes: the rows written since are a short rowid range,
  // while the rows at or before the instant are nearly the whole log.
  const lateEvent = db.prepare('SELECT 1 FROM events WHERE seq > ? AND +received_at <= ? LIMIT 1').pluck();
  const lateAction = db.prepare('SELECT 1 FROM actions WHERE seq > ? AND +at <= ? LIMIT 1').pluck();
  let frames: TailFrame[] = [];

  const marks = (): LogMarks => marksNow.get() as LogMarks;
  /** Still true: nothing written after its marks is at or before its instant. Brings its marks up to now if so. */
  const holds = (frame: TailFrame): boolean => {
    const now = marks();
    const at = frame.keyframe.world.at;
    if (lateEvent.get(frame.marks.event, at) !== undefined || lateAction.get(frame.marks.action, at) !== undefined)
      return false;
    frame.marks = now;
    return true;
  };

  return {
    marks,
    /** Keeps a keyframe cut by a seek that began at `marks`, if it is later than every one held. */
    offer(keyframe: Keyframe, seekMarks: LogMarks): void {
      const last = frames.at(-1);
      if (last && keyframe.world.at <= last.keyframe.world.at) return;
      frames.push({ keyframe, marks: seekMarks });
      if (frames.length > MAX_TAIL_KEYFRAMES) frames = frames.slice(-MAX_TAIL_KEYFRAMES);
    },
    /** The latest keyframe at or before `at` that still holds; those found not to are dropped. */
    latest(at: number): Keyframe | undefined {
      for (let i = frames.length - 1; i >= 0; i -= 1) {
        const frame = frames[i] as TailFrame;
        if (frame.keyframe.world.at > at) continue;
        if (holds(frame)) return frame.keyframe;
        frames.splice(i, 1);
      }
      return undefined;
    },
    /** Hands over (and forgets) the keyframes at or before `at` that still hold, oldest first: they have settled. */
    settledUpTo(at: number): Keyframe[] {
      const settled = frames.filter((frame) => frame.keyframe.world.at <= at);
      frames = frames.filter((frame) => frame.keyframe.world.at > at);
      return settled.filter(holds).map((frame) => frame.keyframe);
    },
    get size(): number {
      return frames.length;
    },
  };
}
