import type { Delivery } from '../../../shared/contract/decode.js';

/** Deliveries committed in one transaction at most; a larger burst is split. */
export const MAX_BATCH = 1_000;

/**
 * Group commit: deliveries that arrive in the same I/O turn are committed together on the next
 * `setImmediate`, so an idle console commits each message at once and a busy one in batches.
 */
export class DeliveryBatcher {
  private batch: Delivery[] = [];
  private scheduled: NodeJS.Immediate | null = null;

  constructor(private readonly flushBatch: (deliveries: Delivery[]) => void) {}

  add(delivery: Delivery): void {
    // Flush before adding, never after: the PUBACK of the delivery being added is held only after
    // this returns, so it must not be released by a commit that does not contain its message.
    if (this.batch.length >= MAX_BATCH) this.flush();
    this.batch.push(delivery);
    this.scheduled ??= setImmediate(() => this.flush());
  }

  flush(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    if (this.batch.length === 0) return;
    const deliveries = this.batch;
    this.batch = [];
    this.flushBatch(deliveries);
  }

  get pending(): number {
    return this.batch.length;
  }
}
