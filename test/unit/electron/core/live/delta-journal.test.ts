import { describe, expect, it } from 'vitest';
import { DeltaJournal } from '../../../../../electron/core/live/delta-journal.js';

const ingest = (n: number) =>
  ({ kind: 'ingest', ingest: { received: n, stored: n, duplicates: 0, quarantined: 0, ignored: 0 } }) as const;

describe('DeltaJournal', () => {
  it('numbers deltas from 1 and replays those after a sequence', () => {
    const journal = new DeltaJournal(8);
    for (let n = 1; n <= 5; n++) journal.record(ingest(n));
    expect(journal.lastSeq).toBe(5);
    expect(journal.since(2)?.map((delta) => delta.seq)).toEqual([3, 4, 5]);
    expect(journal.since(5)).toEqual([]);
  });

  it('answers null when the gap is no longer kept, or the sequence is from the future', () => {
    const journal = new DeltaJournal(4);
    for (let n = 1; n <= 10; n++) journal.record(ingest(n));
    expect(journal.since(6)?.map((delta) => delta.seq)).toEqual([7, 8, 9, 10]);
    expect(journal.since(5)).toBeNull();
    expect(journal.since(11)).toBeNull();
    expect(journal.since(-1)).toBeNull();
  });
});
