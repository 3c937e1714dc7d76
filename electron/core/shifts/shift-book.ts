import type { Occurrence } from '../../../shared/domain/occurrence.js';
import type { Handover, Shift } from '../../../shared/domain/shift.js';
import type { Situation } from '../situation/situation.js';
import type { HandoverLists } from './compile-handover.js';
import { handoverDraft } from './handover-draft.js';

/** Read access to shifts, handovers and occurrences for the HTTP API; writes go through seat commands only. */
export type ShiftBook = {
  shift(id: number): Shift | undefined;
  recent(limit: number): Shift[];
  handover(id: number): Handover | undefined;
  /** The lists a handover written now would carry. */
  draft(shift: Shift, at: number): HandoverLists;
  occurrences(from: number, to: number, limit: number): Occurrence[];
};

export function shiftBook(situation: Situation): ShiftBook {
  const { shifts, handovers, occurrences } = situation.store;
  return {
    shift: (id) => shifts.get(id),
    recent: (limit) => shifts.recent(limit),
    handover: (id) => handovers.get(id),
    draft: (shift, at) => handoverDraft(situation, shift, at),
    occurrences: (from, to, limit) => occurrences.between(from, to, limit),
  };
}
