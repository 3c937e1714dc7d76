import type { LiveChange, LiveDelta } from '../../../shared/live/delta.js';

/** Deltas kept for seats that reconnect; older gaps are answered with a snapshot instead. */
export const JOURNAL_CAPACITY = 50_000;

/**
 * Numbers every change to the shared picture and keeps the most recent ones in a ring, so a seat
 * that names its last sequence can be brought up to date without a full snapshot.
 */
export class DeltaJournal {
  private readonly ring: (LiveDelta | undefined)[];
  private last = 0;

  constructor(private readonly capacity = JOURNAL_CAPACITY) {
    this.ring = new Array<LiveDelta | undefined>(capacity);
  }

  get lastSeq(): number {
    return this.last;
  }

  record(change: LiveChange): LiveDelta {
    const delta: LiveDelta = { ...change, seq: ++this.last };
    this.ring[delta.seq % this.capacity] = delta;
    return delta;
  }

  /** The deltas after `seq`, or null when some of them have already been overwritten. */
  since(seq: number): LiveDelta[] | null {
    if (seq > this.last || seq < 0) return null;
    if (this.last - seq > this.capacity) return null;
    const deltas: LiveDelta[] = [];
    for (let next = seq + 1; next <= this.last; next++) {
      const delta = this.ring[next % this.capacity];
      if (!delta || delta.seq !== next) return null;
      deltas.push(delta);
    }
    return deltas;
  }
}
