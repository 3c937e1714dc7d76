import type { ConditionObservation } from '../rules/alarm-conditions.js';
import { localTime } from '../rules/site-clock.js';
import type { PatrolFinding } from './tour-run.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** "22:15" at the site: what the guard's tour sheet says. */
export function siteClock(at: number, timezone: string): string {
  const { minutes } = localTime(at, timezone);
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** A missed or late checkpoint as an alarm observation on the checkpoint's tag. */
export function findingObservation(
  finding: PatrolFinding,
  checkpointName: string,
  timezone: string,
): ConditionObservation {
  const { run, visit } = finding;
  const tour = `${run.tourName} (${siteClock(run.startAt, timezone)})`;
  if (finding.kind === 'missed') {
    return {
      condition: 'checkpoint-missed',
      active: true,
      detail: `${tour}: ${checkpointName} not scanned by ${siteClock(visit.missedAt, timezone)} (due ${siteClock(visit.dueAt, timezone)})`,
    };
  }
  const lateMin = Math.ceil(((visit.scannedAt ?? finding.at) - visit.dueAt) / 60_000);
  return {
    condition: 'checkpoint-late',
    active: true,
    detail: `${tour}: ${checkpointName} scanned ${lateMin} min after due ${siteClock(visit.dueAt, timezone)}${visit.guard ? ` by ${visit.guard}` : ''}`,
  };
}
