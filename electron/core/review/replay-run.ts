import type { Database } from 'better-sqlite3';
import type { Alarm, AlarmCondition } from '../../../shared/domain/alarm.js';
import type { ReplayChange } from '../../../shared/review/review-results.js';
import { replayAction } from './replay-action.js';
import { replayEvent } from './replay-event.js';
import type { ReplayPosition, ReplayReader } from './replay-reader.js';
import { type ReplayEnv, type ReplayLog, type ReplayWorld } from './replay-world.js';

/** Divergence messages kept for the log; the count is always exact. */
export const MAX_DIVERGENCE_NOTES = 20;

export type RunOptions = {
  /** Called with every change (for playback); omit to only move the world forward. */
  onChange?: (change: ReplayChange) => void;
  /** Where the run may leave keyframes; the same object carries its count across runs (slices). */
  keyframe?: KeyframeCut;
  /** Asked before each row with its time: true ends the run there, that row not applied (nor taken). */
  stopBefore?: (at: number) => boolean;
};

/**
 * A keyframe is cut once `every` rows were applied since the last one, at the next change of
 * millisecond: a raise row found ahead of its event (same millisecond) is then never split from
 * it. `save` gets the live world (copy it to keep it) and where both logs stand.
 */
export type KeyframeCut = {
  every: number;
  /** Rows applied since the last keyframe; runs add to it. */
  rows: number;
  save(world: ReplayWorld, position: ReplayPosition): void;
};

/** `stopped`: ended by stopBefore, with rows left; the reader can be run on from there. */
export type RunStats = { rows: number; divergences: number; notes: string[]; stopped: boolean };

/** The database lookups replay needs besides the two logs: stored alarm records and incident ids. */
export function storedLookups(db: Database) {
  const alarm = db.prepare('SELECT record FROM alarms WHERE id = ?').pluck();
  const incidents = db.prepare('SELECT id, alarm_ids FROM incidents WHERE opened_at = ? ORDER BY id');
  return {
    storedAlarm(id: number): Alarm | undefined {
      const record = alarm.get(id) as string | undefined;
      if (record === undefined) return undefined;
      // Freshly parsed, so set in place rather than copied: a log written under another policy takes this for every raise.
      const stored = JSON.parse(record) as Alarm;
      stored.id = id;
      return stored;
    },
    incidentId(openedAt: number, [first, second]: readonly [number, number]): number | undefined {
      const rows = incidents.all(openedAt) as { id: number; alarm_ids: string }[];
      return rows.find((row) => {
        const ids = JSON.parse(row.alarm_ids) as number[];
        return ids[0] === first && ids[1] === second;
      })?.id;
    },
  };
}
export type StoredLookups = ReturnType<typeof storedLookups>;

/** Applies every row the reader yields to `world` (which it changes), and counts what could not be replayed as logged. */
export function runReplay(
  world: ReplayWorld,
  env: ReplayEnv,
  reader: ReplayReader,
  lookups: StoredLookups,
  options: RunOptions = {},
): RunStats {
  const stats: RunStats = { rows: 0, divergences: 0, notes: [], stopped: false };
  const taken = new Set<number>();
  const log: ReplayLog = {
    takeRaiseId(deviceId: string, condition: AlarmCondition, at: number) {
      const row = reader
        .actionsAt(at)
        .find(
          (action) =>
            action.action === 'raise' &&
            action.deviceId === deviceId &&
            action.detail.condition === condition &&
            !taken.has(action.seq),
        );
      if (!row) return undefined;
      taken.add(row.seq);
      return row.alarmId ?? undefined;
    },
    raiseTaken: (seq) => taken.delete(seq),
    storedAlarm: lookups.storedAlarm,
    incidentId: lookups.incidentId,
    emit: (change) => options.onChange?.(change),
    diverged(why) {
      stats.divergences += 1;
      world.divergences += 1;
      if (stats.notes.length < MAX_DIVERGENCE_NOTES) stats.notes.push(why);
    },
  };
  const cut = options.keyframe;
  for (let at = reader.peekAt(); at !== undefined; at = reader.peekAt()) {
    if (options.stopBefore?.(at)) {
      stats.stopped = true;
      break;
    }
    if (cut && cut.rows >= cut.every && at > world.at) {
      cut.save(world, reader.position());
      cut.rows = 0;
    }
    const row = reader.next();
    if (!row) break;
    world.at = row.at;
    if (row.source === 'action') replayAction(world, env, log, row.action);
    else if (row.event) replayEvent(world, env, log, row.event);
    else log.diverged(`event ${row.seq} no longer passes the device contract`);
    stats.rows += 1;
    if (cut) cut.rows += 1;
  }
  return stats;
}
