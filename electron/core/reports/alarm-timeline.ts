import type { Alarm } from '../../../shared/domain/alarm.js';
import { actionText, detailString } from './action-text.js';
import type { ReportActionRow } from './report-rows.js';
import { judgeClock, toSeconds } from './response-kpis.js';
import type { AlarmEntry, ReportAlarm, ReportNote, Stamp } from './shift-report.js';
import type { SiteNames } from './site-names.js';

type Range = { from: number; to: number };

/**
 * Occurrences inside the range. `count` is the total so far; `transitions` keeps the last ten
 * occurrence times, so re-triggers after the end are subtracted exactly unless more than ten came
 * after it (then this is an upper bound; a report made soon after its range is exact).
 */
export function occurrencesInRange(alarm: Pick<Alarm, 'count' | 'transitions'>, to: number): number {
  const after = alarm.transitions.filter((at) => at >= to).length;
  return Math.max(1, alarm.count - after);
}

const stampOf = (row: ReportActionRow | undefined): Stamp | null => (row ? { at: row.at, by: row.operator } : null);

function noteOf(row: ReportActionRow, to: number): ReportNote | null {
  const afterEnd = row.at >= to;
  const by = row.operator;
  if (row.action === 'note') {
    const text = detailString(row.detail, 'text');
    return text === null ? null : { at: row.at, by, kind: 'note', text, afterEnd };
  }
  if (row.action === 'dispatch') {
    const to_ = detailString(row.detail, 'to') ?? 'unknown';
    const note = detailString(row.detail, 'note');
    return { at: row.at, by, kind: 'dispatch', text: note ? `to ${to_}: ${note}` : `to ${to_}`, afterEnd };
  }
  if (row.action === 'resolve') {
    const text = detailString(row.detail, 'note');
    return text === null ? null : { at: row.at, by, kind: 'resolve', text, afterEnd };
  }
  return null;
}

/**
 * One alarm as the report shows it: the response timeline from the action log (history) rather
 * than the alarm record (current state), which a re-trigger and a second acknowledgement overwrite.
 * The record fills in only what an older log lacks.
 */
export function reportAlarm(
  alarm: Alarm,
  actions: readonly ReportActionRow[],
  range: Range,
  names: SiteNames,
): ReportAlarm {
  const rows = [...actions].sort((a, b) => a.seq - b.seq);
  const firstOf = (action: string) => rows.find((row) => row.action === action);
  const lastOf = (action: string) => rows.findLast((row) => row.action === action);

  const acknowledged =
    stampOf(firstOf('acknowledge')) ??
    (alarm.acknowledgedAt === null ? null : { at: alarm.acknowledgedAt, by: alarm.acknowledgedBy ?? 'unknown' });
  const reset = stampOf(lastOf('reset')) ?? (alarm.resetAt === null ? null : { at: alarm.resetAt, by: 'unknown' });
  const resolved =
    alarm.resolvedAt === null
      ? null
      : { at: alarm.resolvedAt, by: alarm.resolvedBy ?? 'unknown', disposition: alarm.disposition };

  const acknowledge = judgeClock(
    { raisedAt: alarm.raisedAt, doneAt: acknowledged?.at ?? null, targetS: alarm.targets.acknowledgeS },
    range.to,
  );
  const resolve = judgeClock(
    { raisedAt: alarm.raisedAt, doneAt: resolved?.at ?? null, targetS: alarm.targets.resolveS },
    range.to,
  );
  const statusAtEnd =
    resolved && resolved.at < range.to
      ? 'resolved'
      : acknowledged && acknowledged.at < range.to
        ? 'acknowledged'
        : 'unacknowledged';

  const entries: AlarmEntry[] = rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    operator: row.operator,
    seat: row.seat,
    action: row.action,
    text: actionText(row.action, row.detail),
    afterEnd: row.at >= range.to,
  }));

  return {
    id: alarm.id,
    deviceId: alarm.deviceId,
    deviceName: names.device(alarm.deviceId),
    condition: alarm.condition,
    category: alarm.category,
    priority: alarm.priority,
    zone: alarm.zone,
    zoneName: names.zone(alarm.zone),
    floorId: alarm.floorId,
    floorName: names.floor(alarm.floorId),
    incidentId: alarm.incidentId,
    occurrences: occurrencesInRange(alarm, range.to),
    raisedAt: alarm.raisedAt,
    acknowledged,
    reset,
    resolved,
    statusAtEnd,
    targets: { ...alarm.targets },
    acknowledgeS: acknowledge.elapsedMs === null ? null : toSeconds(acknowledge.elapsedMs),
    resolveS: resolve.elapsedMs === null ? null : toSeconds(resolve.elapsedMs),
    acknowledgeVerdict: acknowledge.verdict,
    resolveVerdict: resolve.verdict,
    escalations: rows
      .filter((row) => row.action === 'escalate')
      .map((row) => ({ at: row.at, target: detailString(row.detail, 'target') })),
    chattering: alarm.chattering,
    notes: rows.flatMap((row) => noteOf(row, range.to) ?? []),
    entries,
  };
}
