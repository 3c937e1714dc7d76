import { DISPOSITIONS, isAcknowledged, isActive, type Alarm, type Disposition } from '../../shared/domain/alarm.js';
import type { AlarmPolicy } from '../../shared/domain/alarm-policy.js';

export const DISPOSITION_LABEL = {
  'genuine-intruder': 'Genuine — intruder',
  'genuine-other': 'Genuine — other emergency',
  'false-equipment': 'False — equipment fault',
  'false-user-error': 'False — user error',
  test: 'Test',
  environmental: 'Environmental (weather, animals…)',
  unknown: 'Cause unknown',
} as const satisfies Record<Disposition, string>;

/** Key 1–7 in the picker, in DISPOSITIONS order. */
export const dispositionForKey = (key: string): Disposition | null => DISPOSITIONS[Number(key) - 1] ?? null;

export function noteRequired(
  disposition: Disposition | null,
  alarm: Pick<Alarm, 'noteRequired'>,
  policy: Pick<AlarmPolicy, 'noteRequiredFor'> | null,
): boolean {
  if (alarm.noteRequired) return true;
  return disposition !== null && (policy?.noteRequiredFor.includes(disposition) ?? false);
}

/** Problems with the alarm itself: nothing typed in the form can fix them. */
export const BLOCKING_PROBLEMS = ['acknowledge-first', 'still-active', 'reset-first'] as const;
export type ResolveProblem = (typeof BLOCKING_PROBLEMS)[number] | 'choose-disposition' | 'note-required';

export type ResolveCheck =
  | { ok: true; disposition: Disposition; note: string | undefined }
  | { ok: false; problem: ResolveProblem; message: string };

export const isBlocking = (problem: ResolveProblem): boolean =>
  BLOCKING_PROBLEMS.some((blocking) => blocking === problem);

type ResolvableAlarm = Pick<Alarm, 'state' | 'noteRequired' | 'latched' | 'resetAt'>;

/**
 * Whether the resolve form may be sent, and in words why not, following the core's lifecycle
 * (docs/alarms.md): acknowledged, returned to normal and reset where latched (a device out of
 * service excuses the last two), a disposition, and a note where required. The core judges again.
 */
export function checkResolve(
  input: { disposition: Disposition | null; note: string },
  alarm: ResolvableAlarm,
  policy: Pick<AlarmPolicy, 'noteRequiredFor'> | null,
  deviceOutOfService = false,
): ResolveCheck {
  if (!isAcknowledged(alarm))
    return { ok: false, problem: 'acknowledge-first', message: 'Acknowledge the alarm first (a).' };
  if (isActive(alarm) && !deviceOutOfService)
    return {
      ok: false,
      problem: 'still-active',
      message: 'Still active: resolve it once it has returned to normal, or shelve it (s).',
    };
  if (alarm.latched && alarm.resetAt === null && !deviceOutOfService)
    return { ok: false, problem: 'reset-first', message: 'Latched alarm: reset it first (x).' };
  if (input.disposition === null)
    return { ok: false, problem: 'choose-disposition', message: 'Choose a disposition (1–7).' };
  const note = input.note.trim();
  if (note === '' && noteRequired(input.disposition, alarm, policy))
    return { ok: false, problem: 'note-required', message: 'A note is required: say what happened.' };
  return { ok: true, disposition: input.disposition, note: note === '' ? undefined : note };
}
