import { buildQueueView, type QueueView } from '../alarms/queue-view.js';
import type { WatchfloorState } from './state.js';

type Inputs = Pick<WatchfloorState, 'openAlarmIndex' | 'filters' | 'expandedIncidents' | 'placedById'>;

let lastInputs: Inputs | null = null;
let lastView: QueueView | null = null;

const sameInputs = (a: Inputs, b: Inputs) =>
  a.openAlarmIndex.queue === b.openAlarmIndex.queue &&
  a.filters === b.filters &&
  a.expandedIncidents === b.expandedIncidents &&
  a.placedById === b.placedById;

/** The queue as drawn; the same object until an input changes, so it is safe in a plain selector. */
export function queueView(state: WatchfloorState): QueueView {
  if (lastView && lastInputs && sameInputs(lastInputs, state)) return lastView;
  const { openAlarmIndex, filters, expandedIncidents, placedById } = state;
  lastInputs = { openAlarmIndex, filters, expandedIncidents, placedById };
  lastView = buildQueueView({
    ordered: openAlarmIndex.queue,
    filters,
    floorOf: (alarm) => alarm.floorId ?? placedById[alarm.deviceId]?.floorId ?? null,
    expanded: expandedIncidents,
  });
  return lastView;
}
