import { isAcknowledged, isActive, type Alarm } from '../../shared/domain/alarm.js';

/**
 * The response clock a guard races: time left to acknowledge while nobody has, then time left to
 * resolve. Both count from the raise (the targets are "acknowledged within 30 s of the alarm",
 * "resolved within 15 min of it"), so acknowledging late does not buy more time to resolve.
 */
export type ResponseClock = {
  target: 'acknowledge' | 'resolve';
  dueAt: number;
  /** Negative once overdue. */
  leftMs: number;
  urgency: 'calm' | 'soon' | 'overdue';
  escalated: boolean;
};

/** The last third of a target is "soon": the clock turns amber. */
export const SOON_FRACTION = 1 / 3;

type ClockInput = Pick<Alarm, 'state' | 'raisedAt' | 'targets' | 'escalatedAt' | 'resolveEscalatedAt'>;

function currentTarget(alarm: Pick<Alarm, 'state' | 'raisedAt' | 'targets'>) {
  const target = isAcknowledged(alarm) ? 'resolve' : 'acknowledge';
  const targetMs = (target === 'acknowledge' ? alarm.targets.acknowledgeS : alarm.targets.resolveS) * 1000;
  return { target, targetMs, dueAt: alarm.raisedAt + targetMs } as const;
}

/** When the alarm's current response target falls due: what an incident line counts down to. */
export const dueAt = (alarm: Pick<Alarm, 'state' | 'raisedAt' | 'targets'>): number => currentTarget(alarm).dueAt;

export function responseClock(alarm: ClockInput, now: number): ResponseClock | null {
  if (alarm.state === 'resolved') return null;
  const { target, targetMs, dueAt } = currentTarget(alarm);
  const leftMs = dueAt - now;
  const urgency = leftMs < 0 ? 'overdue' : leftMs <= targetMs * SOON_FRACTION ? 'soon' : 'calm';
  const escalated = (target === 'acknowledge' ? alarm.escalatedAt : alarm.resolveEscalatedAt) !== null;
  return { target, dueAt, leftMs, urgency, escalated };
}

/** "0:07", "14:32", "1:02:03": a countdown (rounded up, so 0:00 means time is up), or time overdue. */
export function formatCountdown(ms: number): string {
  const total = ms >= 0 ? Math.ceil(ms / 1000) : Math.floor(-ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** Escalated for either target: the core told the supervisors. */
export const isEscalated = (alarm: Pick<Alarm, 'escalatedAt' | 'resolveEscalatedAt'>): boolean =>
  alarm.escalatedAt !== null || alarm.resolveEscalatedAt !== null;

/** ISA-18.2's stale alarm: active for more than a day. */
export const STALE_AFTER_MS = 24 * 60 * 60_000;

export function isStale(alarm: Pick<Alarm, 'state' | 'raisedAt' | 'transitions'>, now: number): boolean {
  const activeSince = alarm.transitions.at(-1) ?? alarm.raisedAt;
  return isActive(alarm) && now - activeSince > STALE_AFTER_MS;
}
