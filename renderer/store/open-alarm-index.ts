import { isAcknowledged, type Alarm, type AlarmCategory } from '../../shared/domain/alarm.js';
import { compareForQueue } from './alarm-order.js';

/** Open alarms on one floor, and how many of them are security alarms (not just trouble). */
export type FloorAlarmTally = { count: number; alarms: number };

/**
 * What many subscribers ask of the open alarms on every store write, kept up to date by the
 * reducers from each batch's changes, so that their selectors are lookups, not scans of every
 * alarm: thousands of markers, the queue and the counters all run theirs on every write.
 */
export type OpenAlarmIndex = {
  /** Open alarms in queue order (priority, then age, then id). */
  queue: readonly Alarm[];
  /** Open alarms per device, in the order they arrived; a device whose alarms did not change keeps its array. */
  byDevice: ReadonlyMap<string, readonly Alarm[]>;
  /** Open alarms per priority; index 0 holds P1. */
  countByPriority: readonly number[];
  /** Open alarms nobody has acknowledged yet and nobody shelved: what the taskbar badge counts. */
  unacknowledged: number;
  /** Per floor of the device (as the site places it); a floor with none is absent. */
  byFloor: ReadonlyMap<string, FloorAlarmTally>;
};

/** One alarm's change within a batch: as it was (absent if new) and as it is (absent once closed). */
export type AlarmChange = { before: Alarm | undefined; after: Alarm | undefined };

/** Where the site places a device; alarms of unplaced devices count on no floor. */
export type FloorOf = (deviceId: string) => string | undefined;

/** Past this many changes in one batch, sorting afresh is cheaper than moving each alarm into place. */
export const RESORT_AFTER_CHANGES = 64;

const NO_PRIORITIES: readonly number[] = [0, 0, 0, 0];

export const EMPTY_OPEN_ALARM_INDEX: OpenAlarmIndex = {
  queue: [],
  byDevice: new Map(),
  countByPriority: NO_PRIORITIES,
  unacknowledged: 0,
  byFloor: new Map(),
};

const countsAsUnacknowledged = (alarm: Alarm) => !isAcknowledged(alarm) && !alarm.shelved;

/** The index of a whole set of open alarms (a snapshot, or a site change that moves devices). */
export function indexOpenAlarms(alarms: Iterable<Alarm>, floorOf: FloorOf): OpenAlarmIndex {
  const queue = [...alarms];
  const byDevice = new Map<string, Alarm[]>();
  const countByPriority = [0, 0, 0, 0];
  const byFloor = new Map<string, FloorAlarmTally>();
  let unacknowledged = 0;
  for (const alarm of queue) {
    const mine = byDevice.get(alarm.deviceId);
    if (mine) mine.push(alarm);
    else byDevice.set(alarm.deviceId, [alarm]);
    bump(countByPriority, alarm, 1);
    if (countsAsUnacknowledged(alarm)) unacknowledged += 1;
    tally(byFloor, floorOf(alarm.deviceId), alarm.category, 1);
  }
  return { queue: queue.sort(compareForQueue), byDevice, countByPriority, unacknowledged, byFloor };
}

/**
 * The index after a batch's changes, in order. Unchanged devices and floors keep their entries;
 * `open` (all open alarms after the batch) is only read when the batch is large enough to re-sort.
 */
export function withAlarmChanges(
  index: OpenAlarmIndex,
  changes: readonly AlarmChange[],
  floorOf: FloorOf,
  open: ReadonlyMap<number, Alarm>,
): OpenAlarmIndex {
  if (changes.length === 0) return index;
  const resort = changes.length > RESORT_AFTER_CHANGES;
  const queue = resort ? [...open.values()].sort(compareForQueue) : [...index.queue];
  const byDevice = new Map(index.byDevice);
  const countByPriority = [...index.countByPriority];
  const byFloor = new Map(index.byFloor);
  let { unacknowledged } = index;
  for (const { before, after } of changes) {
    if (before) {
      if (!resort) queue.splice(positionOf(queue, before), 1);
      bump(countByPriority, before, -1);
      if (countsAsUnacknowledged(before)) unacknowledged -= 1;
      tally(byFloor, floorOf(before.deviceId), before.category, -1);
    }
    if (after) {
      if (!resort) queue.splice(insertionPoint(queue, after), 0, after);
      bump(countByPriority, after, 1);
      if (countsAsUnacknowledged(after)) unacknowledged += 1;
      tally(byFloor, floorOf(after.deviceId), after.category, 1);
    }
    moveOnDevice(byDevice, before, after);
  }
  return { queue, byDevice, countByPriority, unacknowledged, byFloor };
}

function bump(counts: number[], alarm: Alarm, by: 1 | -1) {
  counts[alarm.priority - 1] = (counts[alarm.priority - 1] ?? 0) + by;
}

function tally(
  byFloor: Map<string, FloorAlarmTally>,
  floorId: string | undefined,
  category: AlarmCategory,
  by: 1 | -1,
) {
  if (floorId === undefined) return;
  const was = byFloor.get(floorId) ?? { count: 0, alarms: 0 };
  const now = { count: was.count + by, alarms: was.alarms + (category === 'alarm' ? by : 0) };
  if (now.count === 0) byFloor.delete(floorId);
  else byFloor.set(floorId, now);
}

/** A new alarm goes last on its device; a changed one keeps its place; a closed one leaves. */
function moveOnDevice(byDevice: Map<string, readonly Alarm[]>, before: Alarm | undefined, after: Alarm | undefined) {
  if (before && (!after || after.deviceId !== before.deviceId)) {
    const remaining = (byDevice.get(before.deviceId) ?? []).filter((alarm) => alarm.id !== before.id);
    if (remaining.length > 0) byDevice.set(before.deviceId, remaining);
    else byDevice.delete(before.deviceId);
  }
  if (!after) return;
  const mine = byDevice.get(after.deviceId) ?? [];
  const at = before && before.deviceId === after.deviceId ? mine.findIndex((alarm) => alarm.id === after.id) : -1;
  const next = [...mine];
  if (at === -1) next.push(after);
  else next[at] = after;
  byDevice.set(after.deviceId, next);
}

/** The first position whose alarm does not come before `alarm` in the queue. */
function insertionPoint(queue: readonly Alarm[], alarm: Alarm): number {
  let low = 0;
  let high = queue.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const other = queue[middle];
    if (other && compareForQueue(other, alarm) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Where `alarm` (this very record, as the queue holds it) stands; ids break ties, so it is unique. */
function positionOf(queue: readonly Alarm[], alarm: Alarm): number {
  const at = insertionPoint(queue, alarm);
  if (queue[at]?.id !== alarm.id) throw new Error(`alarm ${alarm.id} is not where the queue order puts it`);
  return at;
}
