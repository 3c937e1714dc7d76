import { isAcknowledged, type Alarm } from '../../shared/domain/alarm.js';
import { passesFilters, type QueueFilters } from './queue-filters.js';
import { dueAt, isEscalated } from './response-clock.js';

export type RowKey = `alarm:${number}` | `incident:${number}`;

/** A line in the queue: one alarm, or an incident standing for its alarms (expanded: they follow it). */
export type QueueEntry =
  | { kind: 'alarm'; key: RowKey; alarmId: number; member: boolean }
  | { kind: 'incident'; key: RowKey; incidentId: number; alarmIds: readonly number[]; expanded: boolean };

/** What an incident line says of its visible alarms. */
export type IncidentSummary = {
  /** How many nobody has acknowledged yet. */
  unacknowledged: number;
  /** The one whose response target falls due first: the line's clock. */
  firstDueId: number;
  /** Whether any has escalated. */
  escalated: boolean;
};

export type QueueView = {
  entries: readonly QueueEntry[];
  /** Open, unshelved alarms that pass the filters: the queue's count. */
  shown: number;
  /** Shelved alarms, listed apart with their expiry; filters do not hide them. */
  shelvedIds: readonly number[];
  /** Open, unshelved alarms the filters hide; shown as a count so nothing is missed unknowingly. */
  hiddenByFilters: number;
  /** The entries' keys, in order. */
  entryKeys: readonly RowKey[];
  /** Every line the cursor can visit, top to bottom: entries, then shelved alarms. */
  cursorKeys: readonly RowKey[];
  /** For each incident line, by incident id; worked out here, in the one pass, not by each line over its alarms. */
  incidentSummaries: ReadonlyMap<number, IncidentSummary>;
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
  const incidentSummaries = new Map<number, IncidentSummary>();
  const firstDueAt = new Map<number, number>();
  for (const alarm of visible) {
    if (alarm.incidentId === null) continue;
    const group = members.get(alarm.incidentId);
    if (group) group.push(alarm.id);
    else members.set(alarm.incidentId, [alarm.id]);
    summarise(incidentSummaries, firstDueAt, alarm.incidentId, alarm);
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

  const entryKeys = entries.map((entry) => entry.key);
  const cursorKeys = [...entryKeys, ...shelvedIds.map((id): RowKey => `alarm:${id}`)];
  return { entries, shown: visible.length, shelvedIds, hiddenByFilters, entryKeys, cursorKeys, incidentSummaries };
}

function summarise(summaries: Map<number, IncidentSummary>, firstDueAt: Map<number, number>, id: number, alarm: Alarm) {
  const due = dueAt(alarm);
  const summary = summaries.get(id);
  const first = firstDueAt.get(id);
  const unacknowledged = isAcknowledged(alarm) ? 0 : 1;
  if (!summary || first === undefined) {
    summaries.set(id, { unacknowledged, firstDueId: alarm.id, escalated: isEscalated(alarm) });
    firstDueAt.set(id, due);
    return;
  }
  summary.unacknowledged += unacknowledged;
  summary.escalated ||= isEscalated(alarm);
  // Strictly earlier: among equals the first in queue order keeps the clock, as before.
  if (due < first) {
    summary.firstDueId = alarm.id;
    firstDueAt.set(id, due);
  }
}
