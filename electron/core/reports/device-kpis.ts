import type { Disposition } from '../../../shared/domain/alarm.js';
import type { DeviceStats, FalseAlarmRate, ReportAlarm } from './shift-report.js';
import { compareText } from './compare-text.js';

/** false-equipment and false-user-error: the alarm was not a real event. */
export const isFalseAlarm = (disposition: Disposition | null): boolean => disposition?.startsWith('false-') ?? false;

const resolvedInRange = (alarm: ReportAlarm) => alarm.statusAtEnd === 'resolved';
const falseInRange = (alarm: ReportAlarm) =>
  resolvedInRange(alarm) && isFalseAlarm(alarm.resolved?.disposition ?? null);

/**
 * False alarms among the alarms resolved within the range. Alarms still open at the end have no
 * disposition yet and are left out of both counts (the device table shows how many there are).
 */
export function falseAlarmRate(alarms: readonly ReportAlarm[]): FalseAlarmRate {
  const resolved = alarms.filter(resolvedInRange).length;
  const falseAlarms = alarms.filter(falseInRange).length;
  return { resolved, falseAlarms, rate: resolved === 0 ? null : falseAlarms / resolved };
}

/** Per device, noisiest first: by occurrences (re-triggers included), then alarms, then id. */
export function deviceStats(alarms: readonly ReportAlarm[]): DeviceStats[] {
  const devices = new Map<string, DeviceStats>();
  for (const alarm of alarms) {
    const stats = devices.get(alarm.deviceId) ?? {
      deviceId: alarm.deviceId,
      name: alarm.deviceName,
      zone: alarm.zone,
      zoneName: alarm.zoneName,
      alarms: 0,
      occurrences: 0,
      resolved: 0,
      falseAlarms: 0,
      falseAlarmRate: null,
    };
    stats.alarms += 1;
    stats.occurrences += alarm.occurrences;
    if (resolvedInRange(alarm)) stats.resolved += 1;
    if (falseInRange(alarm)) stats.falseAlarms += 1;
    stats.falseAlarmRate = stats.resolved === 0 ? null : stats.falseAlarms / stats.resolved;
    devices.set(alarm.deviceId, stats);
  }
  return [...devices.values()].sort(
    (a, b) => b.occurrences - a.occurrences || b.alarms - a.alarms || compareText(a.deviceId, b.deviceId),
  );
}
