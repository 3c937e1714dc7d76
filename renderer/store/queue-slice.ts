import type { StateCreator } from 'zustand';
import { NO_FILTERS, type QueueFilters } from '../alarms/queue-filters.js';
import type { QueueEntry, RowKey } from '../alarms/queue-view.js';
import { queueView } from './queue-view-selector.js';
import type { WatchfloorState } from './state.js';

export type QueueSlice = {
  /** Set while the cursor rests on an incident line; `selectedAlarmId` is then its most urgent alarm. */
  selectedIncidentId: number | null;
  expandedIncidents: ReadonlySet<number>;
  filters: QueueFilters;
  setFilters(filters: QueueFilters): void;
  /** Expand or collapse an incident line; `expanded` omitted toggles it. */
  toggleIncident(incidentId: number, expanded?: boolean): void;
  /** Put the cursor on a queue line: select the alarm, or the incident and its most urgent alarm. */
  selectRow(key: RowKey): void;
  /** One line down (1) or up (-1); from nowhere, the first line. Stops at the ends. */
  moveCursor(step: 1 | -1): void;
};

/** The line the cursor is on: the incident, the selected alarm, or the collapsed incident holding it. */
export function cursorKey(state: WatchfloorState, entries: readonly QueueEntry[]): RowKey | null {
  if (state.selectedIncidentId !== null) return `incident:${state.selectedIncidentId}`;
  const alarmId = state.selectedAlarmId;
  if (alarmId === null) return null;
  const holder = entries.find(
    (entry) => entry.kind === 'incident' && !entry.expanded && entry.alarmIds.includes(alarmId),
  );
  return holder ? holder.key : `alarm:${alarmId}`;
}

function parseKey(key: RowKey): { kind: 'alarm' | 'incident'; id: number } {
  const [kind, id] = key.split(':');
  return { kind: kind === 'incident' ? 'incident' : 'alarm', id: Number(id) };
}

export const createQueueSlice: StateCreator<WatchfloorState, [], [], QueueSlice> = (set, get) => ({
  selectedIncidentId: null,
  expandedIncidents: new Set(),
  filters: NO_FILTERS,
  setFilters: (filters) => set({ filters }),
  toggleIncident: (incidentId, expanded) =>
    set((state) => {
      const next = new Set(state.expandedIncidents);
      if (expanded ?? !next.has(incidentId)) next.add(incidentId);
      else next.delete(incidentId);
      return { expandedIncidents: next };
    }),
  selectRow: (key) => {
    const { kind, id } = parseKey(key);
    if (kind === 'alarm') return get().selectAlarm(id);
    const entry = queueView(get()).entries.find((e) => e.kind === 'incident' && e.incidentId === id);
    const lead = entry?.kind === 'incident' ? entry.alarmIds[0] : undefined;
    if (lead === undefined) return;
    get().selectAlarm(lead);
    set({ selectedIncidentId: id });
  },
  moveCursor: (step) => {
    const state = get();
    const { entries, cursorKeys } = queueView(state);
    if (cursorKeys.length === 0) return;
    const current = cursorKey(state, entries);
    const index = current === null ? -1 : cursorKeys.indexOf(current);
    const next = index === -1 ? 0 : Math.min(cursorKeys.length - 1, Math.max(0, index + step));
    const key = cursorKeys[next];
    if (key !== undefined) state.selectRow(key);
  },
});
