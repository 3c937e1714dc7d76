import { PRIORITIES } from '../../../shared/domain/alarm.js';
import { median, percentile } from './percentiles.js';
import type { ClockKpi, ReportAlarm, ResponseRow, TargetVerdict } from './shift-report.js';

/** One response clock of one alarm: started at the raise, stopped by the acknowledgement or the resolution. */
export type ClockReading = { raisedAt: number; doneAt: number | null; targetS: number };

export type ClockJudgement = { elapsedMs: number | null; verdict: TargetVerdict };

/**
 * Judged as it stood at the end of the range, never with hindsight: done before the end → met when
 * within the target (the escalation fires only past it), else missed; not done by the end → missed
 * when the target had already passed, else pending (too early to say).
 */
export function judgeClock(clock: ClockReading, end: number): ClockJudgement {
  const targetMs = clock.targetS * 1000;
  if (clock.doneAt !== null && clock.doneAt < end) {
    const elapsedMs = clock.doneAt - clock.raisedAt;
    return { elapsedMs, verdict: elapsedMs <= targetMs ? 'met' : 'missed' };
  }
  return { elapsedMs: null, verdict: end - clock.raisedAt > targetMs ? 'missed' : 'pending' };
}

/** Seconds with millisecond precision, free of binary fractions like 40.500000001. */
export const toSeconds = (ms: number): number => Math.round(ms) / 1000;

export function clockKpi(clocks: readonly ClockReading[], end: number): ClockKpi {
  const elapsed: number[] = [];
  const tally = { met: 0, missed: 0, pending: 0 };
  for (const clock of clocks) {
    const { elapsedMs, verdict } = judgeClock(clock, end);
    if (elapsedMs !== null) elapsed.push(elapsedMs);
    tally[verdict] += 1;
  }
  elapsed.sort((a, b) => a - b);
  const seconds = (ms: number | null) => (ms === null ? null : toSeconds(ms));
  const judged = tally.met + tally.missed;
  return {
    samples: elapsed.length,
    medianS: seconds(median(elapsed)),
    p90S: seconds(percentile(elapsed, 0.9)),
    targetsS: [...new Set(clocks.map((clock) => clock.targetS))].sort((a, b) => a - b),
    ...tally,
    metShare: judged === 0 ? null : tally.met / judged,
  };
}

function responseRow(priority: ResponseRow['priority'], alarms: readonly ReportAlarm[], end: number): ResponseRow {
  return {
    priority,
    alarms: alarms.length,
    acknowledge: clockKpi(
      alarms.map((a) => ({
        raisedAt: a.raisedAt,
        doneAt: a.acknowledged?.at ?? null,
        targetS: a.targets.acknowledgeS,
      })),
      end,
    ),
    resolve: clockKpi(
      alarms.map((a) => ({ raisedAt: a.raisedAt, doneAt: a.resolved?.at ?? null, targetS: a.targets.resolveS })),
      end,
    ),
  };
}

/** Time to acknowledge and to resolve per priority, each alarm against the targets it was raised with. */
export function responseRows(alarms: readonly ReportAlarm[], end: number): ResponseRow[] {
  return [
    ...PRIORITIES.map((priority) =>
      responseRow(
        priority,
        alarms.filter((alarm) => alarm.priority === priority),
        end,
      ),
    ),
    responseRow('all', alarms, end),
  ];
}
