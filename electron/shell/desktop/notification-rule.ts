import type { AlarmNotice } from '../ipc/payloads.js';

/**
 * Which alarms become OS notifications. Only priorities 1 and 2: the console itself shows and sounds
 * every alarm, the notification is for a guard who is looking at another window. Each alarm notifies
 * once (re-triggers fold into the same alarm id). In a flood, at most `burst.count` per window and
 * then one summary, so the OS notification centre never buries the desk.
 */
export const NOTIFICATION_RULE = {
  priorities: [1, 2] as readonly number[],
  /** Alarm ids remembered for de-duplication; the oldest are forgotten beyond this. */
  rememberedIds: 1000,
  burst: { count: 5, windowMs: 60_000 },
} as const;

export type NotificationState = {
  notifiedIds: readonly number[];
  shownAt: readonly number[];
  summaryShownAt: number | null;
};

export const initialNotificationState: NotificationState = { notifiedIds: [], shownAt: [], summaryShownAt: null };

export type NotificationDecision = 'notify' | 'summarize' | 'skip-priority' | 'skip-duplicate' | 'skip-flood';

export function decideNotification(
  notice: Pick<AlarmNotice, 'alarmId' | 'priority'>,
  state: NotificationState,
  now: number,
  rule = NOTIFICATION_RULE,
): { decision: NotificationDecision; state: NotificationState } {
  if (!rule.priorities.includes(notice.priority)) return { decision: 'skip-priority', state };
  if (state.notifiedIds.includes(notice.alarmId)) return { decision: 'skip-duplicate', state };

  const notifiedIds = [...state.notifiedIds, notice.alarmId].slice(-rule.rememberedIds);
  const shownAt = state.shownAt.filter((time) => time <= now && now - time < rule.burst.windowMs);
  if (shownAt.length < rule.burst.count) {
    return {
      decision: 'notify',
      state: { notifiedIds, shownAt: [...shownAt, now], summaryShownAt: state.summaryShownAt },
    };
  }
  const summaryDue =
    state.summaryShownAt === null || now - state.summaryShownAt >= rule.burst.windowMs || now < state.summaryShownAt;
  return {
    decision: summaryDue ? 'summarize' : 'skip-flood',
    state: { notifiedIds, shownAt, summaryShownAt: summaryDue ? now : state.summaryShownAt },
  };
}

/**
 * Notification text is shown by the OS, and some Linux notification daemons interpret markup in the
 * body; control characters and angle brackets are removed rather than trusted to be displayed literally.
 */
export function notificationText(text: string, max: number): string {
  const cleaned = text
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/[<>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length <= max ? cleaned : `${cleaned.slice(0, max - 1)}…`;
}
