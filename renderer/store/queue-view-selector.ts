import { buildQueueView, type QueueView } from '../alarms/queue-view.js';
import { queueOrder } from './alarm-order.js';
import type { WatchfloorState } from './state.js';

type Inputs = Pick<WatchfloorState, 'alarms' | 'filters' | 'expandedIncidents' | 'placedById'>;

let lastInputs: Inputs | null = null;
let lastView: QueueView | null = null;

const sameInputs = (a: Inputs, b: Inputs) =>
  a.alarms === b.alarms &&
  a.filters === b.filters &&
  a.expandedIncidents === b.expandedIncidents &&
  a.placedById === b.placedById;

/** The queue as drawn; the same object until an input changes, so it is safe in a plain selector. */
export function queueView(state: WatchfloorState): QueueView {
  if (lastView && lastInputs && sameInputs(lastInputs, state)) return lastView;
  const { alarms, filters, expandedIncidents, placedById } = state;
  lastInputs = { alarms, filters, expandedIncidents, placedById };
  lastView = buildQueueView({
    ordered: queueOrder(alarms),
    filters,
    floorOf: (alarm) => alarm.floorId ?? placedById[alarm.deviceId]?.floorId ?? null,
    expanded: expandedIncidents,
  });
  return lastView;
}
