import { actionText, detailNumber, detailString } from './action-text.js';
import type { ReportActionRow } from './report-rows.js';
import type { OtherAction, ServiceItem, ShelveItem } from './shift-report.js';
import type { SiteNames } from './site-names.js';

/** Every `shelve` logged in the range, including shelves of alarms raised before it. */
export function shelveItems(actions: readonly ReportActionRow[], names: SiteNames): ShelveItem[] {
  return actions
    .filter((row) => row.action === 'shelve')
    .map((row) => {
      const minutes = detailNumber(row.detail, 'minutes');
      return {
        at: row.at,
        by: row.operator,
        alarmId: row.alarmId,
        deviceId: row.deviceId,
        deviceName: row.deviceId === null ? null : names.device(row.deviceId),
        reason: detailString(row.detail, 'reason'),
        minutes,
        until: minutes === null ? null : row.at + minutes * 60_000,
      };
    });
}

/** Devices taken out of service or returned (by a guard, or by the core when the period ended). */
export function serviceItems(actions: readonly ReportActionRow[], names: SiteNames): ServiceItem[] {
  return actions.flatMap((row) =>
    row.action === 'out-of-service' || row.action === 'return-to-service'
      ? [
          {
            at: row.at,
            by: row.operator,
            action: row.action,
            deviceId: row.deviceId,
            deviceName: row.deviceId === null ? null : names.device(row.deviceId),
            reason: detailString(row.detail, 'reason'),
            hours: detailNumber(row.detail, 'hours'),
          },
        ]
      : [],
  );
}

/**
 * Actions in the range that neither the alarm list nor the service table shows: work on alarms
 * raised before the range (a resolve at 22:10 of an alarm from the day shift) and anything else
 * the log holds. Listing them is what makes "nothing left out" true.
 */
export function otherActions(actions: readonly ReportActionRow[], listedAlarms: ReadonlySet<number>): OtherAction[] {
  return actions
    .filter((row) => (row.alarmId === null ? !isServiceAction(row.action) : !listedAlarms.has(row.alarmId)))
    .map((row) => ({
      seq: row.seq,
      at: row.at,
      operator: row.operator,
      seat: row.seat,
      action: row.action,
      alarmId: row.alarmId,
      deviceId: row.deviceId,
      text: actionText(row.action, row.detail),
    }));
}

const isServiceAction = (action: string) => action === 'out-of-service' || action === 'return-to-service';
