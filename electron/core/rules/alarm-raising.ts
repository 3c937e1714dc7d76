import type { Alarm } from '../../../shared/domain/alarm.js';
import { MOMENTARY_CONDITIONS, type ConditionObservation } from './alarm-conditions.js';
import { categoryOf, defaultPriority } from './alarm-priorities.js';

export type AlarmChange = { kind: 'raise'; alarm: Omit<Alarm, 'id'> } | { kind: 'update'; alarm: Alarm };

export type RaisingContext = {
  siteId: string;
  deviceId: string;
  at: number;
  /** The device's zone in the site registry, used when the event names none. */
  zone: string | null;
  /** The open alarm of this device for a condition, if any. */
  openAlarm(condition: ConditionObservation['condition']): Alarm | undefined;
};

function raise(observation: ConditionObservation, context: RaisingContext): AlarmChange {
  const { condition } = observation;
  return {
    kind: 'raise',
    alarm: {
      siteId: context.siteId,
      deviceId: context.deviceId,
      condition,
      category: categoryOf(condition),
      priority: observation.priority ?? defaultPriority(condition),
      state: 'unacknowledged-active',
      count: 1,
      raisedAt: context.at,
      lastOccurredAt: context.at,
      returnedAt: null,
      acknowledgedAt: null,
      resolvedAt: null,
      zone: observation.zone ?? context.zone,
      detail: observation.detail ?? null,
    },
  };
}

function reoccur(alarm: Alarm, observation: ConditionObservation, at: number): AlarmChange | null {
  const stillActive = alarm.returnedAt === null;
  // A level condition reported again while still active is the same occurrence, not a new one.
  if (stillActive && !MOMENTARY_CONDITIONS.has(alarm.condition)) return null;
  return {
    kind: 'update',
    alarm: {
      ...alarm,
      state: alarm.state === 'unacknowledged-returned' ? 'unacknowledged-active' : alarm.state,
      count: alarm.count + 1,
      lastOccurredAt: at,
      returnedAt: null,
      detail: observation.detail ?? alarm.detail,
    },
  };
}

function returnToNormal(alarm: Alarm, at: number): AlarmChange | null {
  if (alarm.returnedAt !== null) return null;
  const state = alarm.state === 'unacknowledged-active' ? 'unacknowledged-returned' : alarm.state;
  return { kind: 'update', alarm: { ...alarm, state, returnedAt: at } };
}

/**
 * One open alarm per (device, condition): a new condition raises one, a re-trigger folds into it
 * (count, last occurred), and a return to normal marks it returned — it stays in the queue until
 * a guard deals with it, so nothing scrolls away.
 */
export function decideAlarmChanges(
  observations: readonly ConditionObservation[],
  context: RaisingContext,
): AlarmChange[] {
  const changes: AlarmChange[] = [];
  for (const observation of observations) {
    const open = context.openAlarm(observation.condition);
    const change = observation.active
      ? open
        ? reoccur(open, observation, context.at)
        : raise(observation, context)
      : open
        ? returnToNormal(open, context.at)
        : null;
    if (change) changes.push(change);
  }
  return changes;
}
