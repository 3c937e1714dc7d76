import type { AlarmPolicy, PriorityRule } from '../../../shared/domain/alarm-policy.js';
import type { AlarmCondition, Priority } from '../../../shared/domain/alarm.js';
import { defaultPriority } from './alarm-priorities.js';
import { localTime, minutesOf, type LocalTime } from './site-clock.js';

export type RaiseContext = {
  condition: AlarmCondition;
  zone: string | null;
  floorId: string | null;
  at: number;
  timezone: string;
  /** What the device asked for, if anything. */
  devicePriority?: Priority | undefined;
};

export type PriorityVerdict = { priority: Priority; rule: string | null } | { suppressedBy: string };

function inSchedule(schedule: NonNullable<PriorityRule['during']>, now: LocalTime): boolean {
  if (schedule.days && !schedule.days.includes(now.weekday)) return false;
  const from = minutesOf(schedule.from);
  const to = minutesOf(schedule.to);
  // "22:00–06:00" spans midnight.
  return from <= to ? now.minutes >= from && now.minutes < to : now.minutes >= from || now.minutes < to;
}

function matches(rule: PriorityRule, context: RaiseContext, now: () => LocalTime): boolean {
  if (rule.conditions && !rule.conditions.includes(context.condition)) return false;
  if (rule.zones && (context.zone === null || !rule.zones.includes(context.zone))) return false;
  if (rule.floors && (context.floorId === null || !rule.floors.includes(context.floorId))) return false;
  return !rule.during || inSchedule(rule.during, now());
}

/** The site's rules first (first match wins), then the device's own priority, then the default for the condition. */
export function judgePriority(policy: AlarmPolicy, context: RaiseContext): PriorityVerdict {
  let local: LocalTime | null = null;
  const now = () => (local ??= localTime(context.at, context.timezone));
  for (const [index, rule] of policy.priorityRules.entries()) {
    if (!matches(rule, context, now)) continue;
    const name = rule.name ?? `rule ${index + 1}`;
    return rule.priority === undefined ? { suppressedBy: name } : { priority: rule.priority, rule: name };
  }
  return { priority: context.devicePriority ?? defaultPriority(context.condition), rule: null };
}
