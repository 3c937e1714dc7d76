import type { Alarm } from '../../shared/domain/alarm.js';
import { passesFilters, type QueueFilters } from './queue-filters.js';

export type RowKey = `alarm:${number}` | `incident:${number}`;

/** A line in the queue: one alarm, or an incident standing for its alarms (expanded: they follow it). */
export type QueueEntry =
  | { kind: 'alarm'; key: RowKey; alarmId: number; member: boolean }
  | { kind: 'incident'; key: RowKey; incidentId: number; alarmIds: readonly number[]; expanded: boolean };

export type QueueView = {
  entries: readonly QueueEntry[];
  /** Open, unshelved alarms that pass the filters: the queue's count. */
  shown: number;
  /** Shelved alarms, listed apart with their expiry; filters do not hide them. */
  shelvedIds: readonly number[];
  /** Open, unshelved alarms the filters hide; shown as a count so nothing is missed unknowingly. */
  hiddenByFilters: number;
  /** Every line the cursor can visit, top to bottom: entries, then shelved alarms. */
  cursorKeys: readonly RowKey[];
};

export type QueueViewInput = {
  /** Open alarms in queue order (priority, then age). */
  ordered: readonly Alarm[];
  filters: QueueFilters;
  floorOf(alarm: Alarm): string | null;
  expanded: ReadonlySet<number>;
};

/**
 * Groups the visible queue by incident: alarms sharing an incident become one line, placed where
 * its most urgent alarm would be. An incident with a single visible alarm stays a plain alarm line.
 */
export function buildQueueView({ ordered, filters, floorOf, expanded }: QueueViewInput): QueueView {
  const visible: Alarm[] = [];
  const shelvedIds: number[] = [];
  let hiddenByFilters = 0;
  for (const alarm of ordered) {
    if (alarm.shelved) shelvedIds.push(alarm.id);
    else if (passesFilters(alarm, floorOf(alarm), filters)) visible.push(alarm);
    else hiddenByFilters += 1;
  }

  const members = new Map<number, number[]>();
  for (const alarm of visible) {
    if (alarm.incidentId === null) continue;
    members.set(alarm.incidentId, [...(members.get(alarm.incidentId) ?? []), alarm.id]);
  }

  const entries: QueueEntry[] = [];
  const placed = new Set<number>();
  for (const alarm of visible) {
    const group = alarm.incidentId === null ? undefined : members.get(alarm.incidentId);
    if (alarm.incidentId === null || !group || group.length < 2) {
      entries.push({ kind: 'alarm', key: `alarm:${alarm.id}`, alarmId: alarm.id, member: false });
      continue;
    }
    if (placed.has(alarm.incidentId)) continue;
    placed.add(alarm.incidentId);
    const open = expanded.has(alarm.incidentId);
    const incidentId = alarm.incidentId;
    entries.push({ kind: 'incident', key: `incident:${incidentId}`, incidentId, alarmIds: group, expanded: open });
    if (open) for (const id of group) entries.push({ kind: 'alarm', key: `alarm:${id}`, alarmId: id, member: true });
  }

  const cursorKeys = [...entries.map((entry) => entry.key), ...shelvedIds.map((id): RowKey => `alarm:${id}`)];
  return { entries, shown: visible.length, shelvedIds, hiddenByFilters, cursorKeys };
}
