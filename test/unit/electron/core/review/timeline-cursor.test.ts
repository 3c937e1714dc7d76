import { describe, expect, it } from 'vitest';
import { compareCursors, decodeCursor, encodeCursor } from '../../../../../electron/core/review/timeline-cursor.js';

describe('timeline cursor', () => {
  it('reads back what it wrote', () => {
    const cursor = { at: 1_767_996_060_000, source: 1, seq: 42 } as const;
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it('refuses anything else', () => {
    for (const text of ['', '1.2.3', '1.0', 'a.0.1', '1.0.1.', '-1.0.1', '1.0.1 OR 1', '1'.repeat(16) + '.0.1'])
      expect(decodeCursor(text), text).toBeNull();
  });

  it('orders by time, then events before actions, then seq', () => {
    const cursors = [
      { at: 2, source: 0, seq: 1 },
      { at: 1, source: 1, seq: 1 },
      { at: 1, source: 0, seq: 9 },
      { at: 1, source: 0, seq: 3 },
    ] as const;
    expect([...cursors].sort(compareCursors).map(encodeCursor)).toEqual(['1.0.3', '1.0.9', '1.1.1', '2.0.1']);
  });
});
