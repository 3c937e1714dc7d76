import type { Handover, Shift } from '../../shared/domain/shift.js';

/** Handovers a seat keeps; the core sends at most its own cap, this guards against a long-running page. */
export const PENDING_HANDOVERS_KEPT = 20;

/** Open shifts by start; an ended shift leaves the list. */
export function withShift(shifts: readonly Shift[], shift: Shift): readonly Shift[] {
  const others = shifts.filter((known) => known.id !== shift.id);
  return shift.endedAt === null ? [...others, shift].sort((a, b) => a.startedAt - b.startedAt) : others;
}

/** Pending handovers, newest first; an acknowledged one leaves the list. */
export function withHandover(handovers: readonly Handover[], handover: Handover): readonly Handover[] {
  const others = handovers.filter((known) => known.id !== handover.id);
  if (handover.acknowledgedAt !== null) return others;
  return [handover, ...others].sort((a, b) => b.writtenAt - a.writtenAt).slice(0, PENDING_HANDOVERS_KEPT);
}

/** The shift of this operator, wherever they started it. */
export const shiftOf = (shifts: readonly Shift[], operator: string | undefined): Shift | null =>
  operator === undefined ? null : (shifts.find((shift) => shift.operator === operator) ?? null);

/**
 * The handover this seat's guard should acknowledge: the newest written at this seat by someone
 * else, or failing that the newest from any seat by someone else (a desk of one seat per guard).
 */
export function handoverFor(
  handovers: readonly Handover[],
  who: { operator: string; seat: string } | null,
): Handover | null {
  if (!who) return null;
  const fromOthers = handovers.filter((handover) => handover.writtenBy !== who.operator);
  return fromOthers.find((handover) => handover.seat === who.seat) ?? fromOthers[0] ?? null;
}
