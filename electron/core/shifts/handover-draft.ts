import type { Shift } from '../../../shared/domain/shift.js';
import type { Situation } from '../situation/situation.js';
import { compileHandover, type HandoverLists } from './compile-handover.js';

/** Action rows (and incidents) one handover reads; a shift with more is summarised from the newest. */
export const SHIFT_ACTIONS_READ = 50_000;

/**
 * The handover's lists as they stand at `at`: what the end-shift dialog previews and what ending
 * the shift stores. Reads the shift's rows through the time indexes.
 */
export function handoverDraft(situation: Situation, shift: Shift, at: number): HandoverLists {
  const { actions, incidents } = situation.store;
  return compileHandover(
    {
      at,
      openAlarms: situation.alarms(),
      actions: actions.query({ from: shift.startedAt, to: at + 1, limit: SHIFT_ACTIONS_READ }),
      incidentsOpened: incidents.openedBetween(shift.startedAt, at + 1, SHIFT_ACTIONS_READ),
      outOfService: situation.deviceStates().filter((device) => device.outOfService !== null),
    },
    { place: (alarm) => situation.describePlace(alarm) },
  );
}
