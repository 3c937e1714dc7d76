import type { DeviceEvent } from '../../../shared/contract/device-event.js';
import type { LiveChange } from '../../../shared/live/delta.js';
import type { Situation } from '../situation/situation.js';
import { findingObservation } from './patrol-alarms.js';
import type { PatrolOutcome } from './patrol-tracker.js';

/** Changed runs to the seats, and each missed or late checkpoint through the normal alarm rules. */
function publishOutcome(situation: Situation, outcome: PatrolOutcome, eventId: string | null): LiveChange[] {
  const changes: LiveChange[] = outcome.runs.map((run) => ({ kind: 'patrol', run }));
  for (const finding of outcome.findings) {
    const checkpoint = situation.patrols.checkpoint(finding.visit.checkpoint);
    const observation = findingObservation(finding, checkpoint?.name ?? finding.visit.checkpoint, situation.timezone);
    changes.push(
      ...situation.raiseObserved(situation.siteId, finding.visit.checkpoint, finding.at, [observation], {
        floorId: checkpoint?.floorId ?? null,
        detail: { tourRun: finding.run.id, eventId },
      }),
    );
  }
  return changes;
}

/** A checkpoint scan moves the tours that visit it along. Inside the transaction that stored it. */
export function patrolScan(situation: Situation, event: DeviceEvent): LiveChange[] {
  // Tours belong to this console's site; a broker shared by several sites carries other sites' scans.
  if (event.channel !== 'checkpoint' || event.siteId !== situation.siteId) return [];
  const { checkpoint, guard } = event.payload;
  return publishOutcome(situation, situation.patrols.scan({ checkpoint, guard, at: event.receivedAt }), event.eventId);
}

/** Once a second from the desk clock: runs start, unscanned checkpoints past due + grace are missed. */
export function patrolClock(situation: Situation, now: number): LiveChange[] {
  return publishOutcome(situation, situation.patrols.tick(now), null);
}
