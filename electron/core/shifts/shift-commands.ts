import type { SeatCommand } from '../../../shared/live/commands.js';
import type { Actor } from '../rules/alarm-lifecycle.js';
import type { Handled } from '../situation/seat-commands.js';
import type { Situation } from '../situation/situation.js';
import { handoverDraft } from './handover-draft.js';
import { handoverHash } from './handover-hash.js';

export type ShiftCommand = Extract<SeatCommand, { action: 'start-shift' | 'end-shift' | 'acknowledge-handover' }>;

const refused = (message: string, refusal: 'not-found' | 'not-allowed' = 'not-allowed'): Handled => ({
  result: { ok: false, refusal, message },
  changes: [],
});

function startShift(situation: Situation, actor: Actor, at: number): Handled {
  const { shifts, actions } = situation.store;
  const open = shifts.open();
  const mine = open.find((shift) => shift.operator === actor.operator);
  if (mine)
    return refused(
      mine.seat === actor.seat
        ? 'you are already on shift at this seat'
        : `you are on shift at ${mine.seat}: end that shift with a handover first`,
    );
  const here = open.find((shift) => shift.seat === actor.seat);
  if (here) return refused(`${here.operator} is on shift at this seat: they end it with a handover first`);
  const shift = shifts.start(actor.operator, actor.seat, at);
  actions.append({
    ...actor,
    at,
    action: 'start-shift',
    alarmId: null,
    incidentId: null,
    deviceId: null,
    detail: { shiftId: shift.id },
  });
  return { result: { ok: true }, changes: [{ kind: 'shift', shift }] };
}

function endShift(
  situation: Situation,
  command: Extract<ShiftCommand, { action: 'end-shift' }>,
  actor: Actor,
  at: number,
): Handled {
  const { shifts, handovers, actions } = situation.store;
  const shift = shifts.get(command.shiftId);
  if (!shift) return refused(`there is no shift ${command.shiftId}`, 'not-found');
  if (shift.endedAt !== null) return refused(`shift ${shift.id} has already ended`);
  if (shift.operator !== actor.operator)
    return refused(`this is ${shift.operator}'s shift: only they can hand it over`);

  const lists = handoverDraft(situation, shift, at);
  const draft = {
    shiftId: shift.id,
    seat: shift.seat,
    note: command.note,
    ...lists,
    writtenBy: actor.operator,
    writtenAt: at,
  };
  const handover = handovers.insert(draft);
  const ended = shifts.end(shift, at, handover.id);
  const hash = handoverHash(handover);
  const row = { ...actor, at, alarmId: null, incidentId: null, deviceId: null };
  actions.append({
    ...row,
    action: 'handover',
    detail: {
      handoverId: handover.id,
      shiftId: shift.id,
      note: handover.note,
      openAlarmIds: handover.openAlarms.map((alarm) => alarm.alarmId),
      openAlarmsNotListed: handover.openAlarmsNotListed,
      notable: handover.notable.length + handover.notableNotListed,
      handoverHash: hash,
    },
  });
  actions.append({ ...row, action: 'end-shift', detail: { shiftId: shift.id, handoverId: handover.id } });
  return {
    result: { ok: true },
    changes: [
      { kind: 'shift', shift: ended },
      { kind: 'handover', handover },
    ],
  };
}

function acknowledgeHandover(situation: Situation, handoverId: number, actor: Actor, at: number): Handled {
  const { handovers, shifts, actions } = situation.store;
  const handover = handovers.get(handoverId);
  if (!handover) return refused(`there is no handover ${handoverId}`, 'not-found');
  if (handover.acknowledgedAt !== null)
    return refused(`already acknowledged by ${handover.acknowledgedBy ?? 'someone'}`);
  if (handover.writtenBy === actor.operator)
    return refused('the incoming guard acknowledges a handover, not the guard who wrote it');
  const acknowledged = handovers.acknowledge(handover, actor.operator, at);
  const incomingShift = shifts.open().find((shift) => shift.operator === actor.operator) ?? null;
  actions.append({
    ...actor,
    at,
    action: 'acknowledge-handover',
    alarmId: null,
    incidentId: null,
    deviceId: null,
    detail: {
      handoverId,
      shiftId: handover.shiftId,
      writtenBy: handover.writtenBy,
      incomingShiftId: incomingShift?.id ?? null,
      handoverHash: handoverHash(handover),
    },
  });
  return { result: { ok: true }, changes: [{ kind: 'handover', handover: acknowledged }] };
}

/** Start and end of a shift, and the handover between guards. Call inside the desk's transaction. */
export function handleShiftCommand(situation: Situation, command: ShiftCommand, actor: Actor, at: number): Handled {
  switch (command.action) {
    case 'start-shift':
      return startShift(situation, actor, at);
    case 'end-shift':
      return endShift(situation, command, actor, at);
    case 'acknowledge-handover':
      return acknowledgeHandover(situation, command.handoverId, actor, at);
  }
}
