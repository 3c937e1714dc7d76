import type { AlarmPolicy } from '../../../shared/domain/alarm-policy.js';
import { isAcknowledged, isActive, type Alarm } from '../../../shared/domain/alarm.js';
import type { Refusal, SeatCommand } from '../../../shared/live/commands.js';

export type Actor = { operator: string; seat: string };

/** Commands that act on one alarm (incident and device commands are judged elsewhere). */
export type AlarmCommand = Extract<SeatCommand, { alarmId: number }>;

export type Verdict =
  { ok: true; alarm: Alarm; detail: Record<string, unknown> } | { ok: false; refusal: Refusal; message: string };

export type LifecycleContext = { actor: Actor; at: number; policy: AlarmPolicy; deviceOutOfService: boolean };

const refuse = (refusal: Refusal, message: string): Verdict => ({ ok: false, refusal, message });

const STATE_WORDS: Record<Alarm['state'], string> = {
  'unacknowledged-active': 'active, unacknowledged',
  'acknowledged-active': 'active, acknowledged',
  'unacknowledged-returned': 'returned to normal, unacknowledged',
  'acknowledged-returned': 'returned to normal, acknowledged',
  resolved: 'resolved',
};

/** Checks every command must pass: open, current version, and not someone else's. */
function admissible(alarm: Alarm, command: AlarmCommand, actor: Actor): Verdict | null {
  if (alarm.state === 'resolved') return refuse('not-allowed', `already resolved by ${alarm.resolvedBy ?? 'someone'}`);
  if ('version' in command && command.version !== alarm.version) {
    return refuse(
      'conflict',
      `the alarm changed since you saw it (now ${STATE_WORDS[alarm.state]}); review it and try again`,
    );
  }
  const owner = alarm.owner;
  const othersAlarm = owner !== null && owner.operator !== actor.operator;
  const mayActOnOthers = command.action === 'note' || (command.action === 'claim' && command.takeOver);
  if (othersAlarm && !mayActOnOthers) return refuse('claimed', `claimed by ${owner.operator} at ${owner.seat}`);
  return null;
}

function judge(alarm: Alarm, command: AlarmCommand, context: LifecycleContext): Verdict {
  const { actor, at, policy } = context;
  const changed = (next: Partial<Alarm>, detail: Record<string, unknown> = {}): Verdict => ({
    ok: true,
    alarm: { ...alarm, ...next, version: alarm.version + 1 },
    detail,
  });
  const ownerIfNone = alarm.owner ?? { ...actor, since: at };

  switch (command.action) {
    case 'acknowledge':
      if (isAcknowledged(alarm))
        return refuse('not-allowed', `already acknowledged by ${alarm.acknowledgedBy ?? 'someone'}`);
      return changed({
        state: alarm.state === 'unacknowledged-active' ? 'acknowledged-active' : 'acknowledged-returned',
        acknowledgedAt: at,
        acknowledgedBy: actor.operator,
        owner: ownerIfNone,
      });
    case 'claim': {
      if (alarm.owner?.operator === actor.operator) return refuse('not-allowed', 'you already have this alarm');
      const previous = alarm.owner;
      return changed({ owner: { ...actor, since: at } }, previous ? { takenOverFrom: previous.operator } : {});
    }
    case 'release':
      if (!alarm.owner) return refuse('not-allowed', 'nobody has this alarm');
      return changed({ owner: null });
    case 'note':
      return changed({ notes: alarm.notes + 1 }, { text: command.text });
    case 'checklist': {
      const step = alarm.checklist[command.step];
      if (!step) return refuse('invalid', `there is no checklist step ${command.step + 1}`);
      const checklist = alarm.checklist.map((entry, index) =>
        index === command.step
          ? { ...entry, doneBy: command.done ? actor.operator : null, doneAt: command.done ? at : null }
          : entry,
      );
      return changed({ checklist, owner: ownerIfNone }, { step: command.step, done: command.done, text: step.step });
    }
    case 'dispatch':
      return changed({ owner: ownerIfNone }, { to: command.to, ...(command.note ? { note: command.note } : {}) });
    case 'shelve':
      if (alarm.shelved) return refuse('not-allowed', `already shelved by ${alarm.shelved.by}`);
      if (command.minutes > policy.shelving.maxMinutes) {
        return refuse('invalid', `shelving is limited to ${policy.shelving.maxMinutes} minutes at this site`);
      }
      return changed(
        { shelved: { by: actor.operator, reason: command.reason, at, until: at + command.minutes * 60_000 } },
        { reason: command.reason, minutes: command.minutes },
      );
    case 'unshelve':
      if (!alarm.shelved) return refuse('not-allowed', 'the alarm is not shelved');
      return changed({ shelved: null });
    case 'reset':
      if (!alarm.latched) return refuse('not-allowed', 'this condition does not latch; nothing to reset');
      if (alarm.resetAt !== null) return refuse('not-allowed', 'already reset');
      if (isActive(alarm))
        return refuse('not-allowed', 'the condition is still active: reset it once it has returned to normal');
      return changed({ resetAt: at, owner: ownerIfNone });
    case 'resolve': {
      if (!isAcknowledged(alarm)) return refuse('not-allowed', 'acknowledge the alarm before resolving it');
      if (isActive(alarm) && !context.deviceOutOfService) {
        return refuse(
          'not-allowed',
          'the condition is still active: resolve it once it has returned to normal, or shelve it',
        );
      }
      if (alarm.latched && alarm.resetAt === null && !context.deviceOutOfService) {
        return refuse('not-allowed', 'reset the latched condition before resolving');
      }
      const noteNeeded = alarm.noteRequired || policy.noteRequiredFor.includes(command.disposition);
      if (noteNeeded && !command.note)
        return refuse('invalid', `a note is required to resolve as ${command.disposition}`);
      return changed(
        {
          state: 'resolved',
          resolvedAt: at,
          resolvedBy: actor.operator,
          disposition: command.disposition,
          owner: null,
          shelved: null,
        },
        { disposition: command.disposition, ...(command.note ? { note: command.note } : {}) },
      );
    }
  }
}

/**
 * A guard's action on an alarm: the alarm as it becomes and what to write in the action log, or a
 * refusal in words a guard can act on. Pure: the caller persists, logs and broadcasts.
 */
export function applyAlarmCommand(alarm: Alarm, command: AlarmCommand, context: LifecycleContext): Verdict {
  return admissible(alarm, command, context.actor) ?? judge(alarm, command, context);
}
