import type { AlarmPolicy } from '../../../shared/domain/alarm-policy.js';
import type { Alarm, AlarmCondition } from '../../../shared/domain/alarm.js';
import { isActive } from '../../../shared/domain/alarm.js';
import { MOMENTARY_CONDITIONS, type ConditionObservation } from './alarm-conditions.js';
import { categoryOf } from './alarm-priorities.js';
import { recordTransition } from './chattering.js';
import { judgePriority } from './priority-rules.js';

export type AlarmChange = { kind: 'raise'; alarm: Omit<Alarm, 'id'> } | { kind: 'update'; alarm: Alarm };

export type RaisingContext = {
  siteId: string;
  deviceId: string;
  at: number;
  /** The device's zone and floor in the site registry; an event may name its own zone. */
  zone: string | null;
  floorId: string | null;
  timezone: string;
  policy: AlarmPolicy;
  /** A device out of service raises nothing new; its open alarms still return to normal. */
  outOfService: boolean;
  /** The open alarm of this device for a condition, if any. */
  openAlarm(condition: AlarmCondition): Alarm | undefined;
  /** Set when the observation came from drill traffic: the alarm it raises is marked with it. */
  drill?: number | undefined;
};

function raise(observation: ConditionObservation, context: RaisingContext): AlarmChange | null {
  const { condition } = observation;
  const zone = observation.zone ?? context.zone;
  const verdict = judgePriority(context.policy, {
    condition,
    zone,
    floorId: context.floorId,
    at: context.at,
    timezone: context.timezone,
    devicePriority: observation.priority,
  });
  if ('suppressedBy' in verdict) return null;
  const momentary = MOMENTARY_CONDITIONS.has(condition);
  const sop = context.policy.sops[condition];
  return {
    kind: 'raise',
    alarm: {
      siteId: context.siteId,
      deviceId: context.deviceId,
      condition,
      category: categoryOf(condition),
      priority: verdict.priority,
      // A momentary condition (a duress badge) has no "normal" report: it is over as it happens.
      state: momentary ? 'unacknowledged-returned' : 'unacknowledged-active',
      version: 1,
      count: 1,
      raisedAt: context.at,
      lastOccurredAt: context.at,
      returnedAt: momentary ? context.at : null,
      acknowledgedAt: null,
      acknowledgedBy: null,
      resolvedAt: null,
      resolvedBy: null,
      disposition: null,
      floorId: context.floorId,
      zone,
      detail: observation.detail ?? null,
      latched: context.policy.latched.includes(condition),
      resetAt: null,
      owner: null,
      shelved: null,
      incidentId: null,
      checklist: (sop?.steps ?? []).map((step) => ({ step, doneBy: null, doneAt: null })),
      noteRequired: sop?.noteRequired ?? false,
      notes: 0,
      targets: context.policy.targets[`${verdict.priority}`],
      escalatedAt: null,
      resolveEscalatedAt: null,
      transitions: [context.at],
      chattering: false,
      ...(context.drill === undefined ? {} : { drill: context.drill }),
    },
  };
}

/** A new occurrence: counted, re-announced (unacknowledged again), and judged for chattering. */
function reoccur(alarm: Alarm, observation: ConditionObservation, at: number): AlarmChange | null {
  const momentary = MOMENTARY_CONDITIONS.has(alarm.condition);
  // A level condition reported again while still active is the same occurrence, not a new one.
  if (isActive(alarm) && !momentary) return null;
  const { transitions, chattering } = recordTransition(alarm.transitions, at);
  return {
    kind: 'update',
    alarm: {
      ...alarm,
      state: momentary ? 'unacknowledged-returned' : 'unacknowledged-active',
      version: alarm.version + 1,
      count: alarm.count + 1,
      lastOccurredAt: at,
      returnedAt: momentary ? at : null,
      resetAt: null,
      detail: observation.detail ?? alarm.detail,
      transitions,
      chattering,
    },
  };
}

function returnToNormal(alarm: Alarm, at: number): AlarmChange | null {
  if (!isActive(alarm)) return null;
  const state = alarm.state === 'unacknowledged-active' ? 'unacknowledged-returned' : 'acknowledged-returned';
  return { kind: 'update', alarm: { ...alarm, state, version: alarm.version + 1, returnedAt: at } };
}

/**
 * One open alarm per (device, condition): a new condition raises one (unless the site's rules
 * suppress it or the device is out of service), a re-trigger folds into it, and a return to
 * normal marks it returned — it stays in the queue until a guard resolves it.
 */
export function decideAlarmChanges(
  observations: readonly ConditionObservation[],
  context: RaisingContext,
): AlarmChange[] {
  const changes: AlarmChange[] = [];
  for (const observation of observations) {
    const open = context.openAlarm(observation.condition);
    let change: AlarmChange | null = null;
    if (!observation.active) change = open ? returnToNormal(open, context.at) : null;
    else if (context.outOfService) change = null;
    else change = open ? reoccur(open, observation, context.at) : raise(observation, context);
    if (change) changes.push(change);
  }
  return changes;
}
