import { decodeDelivery, type Delivery } from '../../../shared/contract/decode.js';
import { keptForQuarantine } from '../../../shared/contract/quarantine-record.js';
import type { IngestCounters } from '../../../shared/domain/health.js';
import type { LiveChange } from '../../../shared/live/delta.js';
import type { Situation } from '../situation/situation.js';
import type { Store } from '../store/store.js';

export type BatchOutcome = {
  stored: number;
  duplicates: number;
  quarantined: number;
  ignored: number;
  changes: LiveChange[];
};

/**
 * One batch of broker deliveries into the log, all in one transaction: bad ones quarantined,
 * repeats ignored, new ones stored and applied to the situation. Throws if the store refuses,
 * in which case nothing of the batch is kept and nothing may be acknowledged.
 */
export function commitBatch(store: Store, situation: Situation, deliveries: readonly Delivery[]): BatchOutcome {
  const outcome: BatchOutcome = { stored: 0, duplicates: 0, quarantined: 0, ignored: 0, changes: [] };
  try {
    // Alarm rows coalesce like device states: a busy input is written once per batch (docs/performance.md).
    store.inTransaction(() =>
      store.alarms.coalescing(() => {
        for (const delivery of deliveries) {
          const decoded = decodeDelivery(delivery);
          if (decoded.ok === 'ignored') {
            outcome.ignored++;
          } else if (!decoded.ok) {
            const kept = keptForQuarantine(delivery);
            store.quarantine.add(kept.topic, kept.payload, decoded.reason, delivery.receivedAt);
            outcome.quarantined++;
          } else if (store.events.append(decoded.event, decoded.text)) {
            outcome.stored++;
            outcome.changes.push(...situation.record(decoded.event));
          } else {
            outcome.duplicates++;
          }
        }
        situation.saveChangedDevices();
      }),
    );
  } catch (error) {
    situation.reload();
    throw error;
  }
  return outcome;
}

export function addOutcome(counters: IngestCounters, outcome: BatchOutcome): void {
  counters.stored += outcome.stored;
  counters.duplicates += outcome.duplicates;
  counters.quarantined += outcome.quarantined;
  counters.ignored += outcome.ignored;
}
