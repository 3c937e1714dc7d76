import { Notification } from 'electron';
import type { AlarmNotice } from '../ipc/payloads.js';
import { MAX_NOTICE_BODY, MAX_NOTICE_TITLE } from '../ipc/payloads.js';
import {
  decideNotification,
  initialNotificationState,
  notificationText,
  type NotificationState,
} from './notification-rule.js';

/** Notifications still on screen; held so their click handlers are not garbage-collected. */
const MAX_LIVE_NOTIFICATIONS = 20;

export type AlarmNotifier = { offer(notice: AlarmNotice): void };

/** OS notifications for urgent alarms; a click brings the console to the front. */
export function createAlarmNotifier(focusConsole: () => void, now: () => number = Date.now): AlarmNotifier {
  let state: NotificationState = initialNotificationState;
  const live = new Set<Notification>();

  const show = (title: string, body: string, critical: boolean) => {
    if (!Notification.isSupported()) return;
    const notification = new Notification({
      title: notificationText(title, MAX_NOTICE_TITLE),
      body: notificationText(body, MAX_NOTICE_BODY),
      urgency: critical ? 'critical' : 'normal',
      timeoutType: critical ? 'never' : 'default',
    });
    const forget = () => live.delete(notification);
    notification.on('click', () => {
      forget();
      focusConsole();
    });
    notification.on('close', forget);
    if (live.size >= MAX_LIVE_NOTIFICATIONS) {
      const oldest = live.values().next().value;
      if (oldest) live.delete(oldest);
    }
    live.add(notification);
    notification.show();
  };

  return {
    offer(notice) {
      const result = decideNotification(notice, state, now());
      state = result.state;
      if (result.decision === 'notify') show(notice.title, notice.body, notice.priority === 1);
      if (result.decision === 'summarize')
        show('More urgent alarms', 'Several priority alarms arrived at once — see the console queue.', true);
    },
  };
}
