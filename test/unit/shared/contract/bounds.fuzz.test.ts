import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../../../shared/contract/json-depth.js';
import {
  keptForQuarantine,
  QUARANTINE_KEPT_BYTES,
  QUARANTINE_KEPT_TOPIC_CHARS,
} from '../../../../shared/contract/quarantine-record.js';

/** The obvious recursive definition, to check the scan against (safe here: generated values are shallow). */
function depthOf(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(depthOf));
  if (typeof value === 'object' && value !== null) return 1 + Math.max(0, ...Object.values(value).map(depthOf));
  return 0;
}

/** JSON values whose strings are full of brackets, quotes and backslashes, to trip a naive scan. */
const trickyJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', 'a', '\u2028') }),
    fc.integer(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ unit: fc.constantFrom('[', '"', '\\', 'k') }), tie('value'), { maxKeys: 3 }),
  ),
})).value;

describe('the payload bounds', () => {
  it('measures nesting exactly as a recursive walk would, whatever the strings contain', () => {
    fc.assert(
      fc.property(trickyJson, fc.integer({ min: 0, max: 8 }), (value, limit) => {
        expect(nestsDeeperThan(JSON.stringify(value), limit)).toBe(depthOf(value) > limit);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds depth past the limit in a scan, at any depth a payload can reach', () => {
    for (const depth of [MAX_JSON_DEPTH, MAX_JSON_DEPTH + 1, 8000]) {
      const text = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      expect(nestsDeeperThan(text, MAX_JSON_DEPTH)).toBe(depth > MAX_JSON_DEPTH);
    }
  });

  it('keeps a bounded prefix of what it quarantines, and all of anything within the bounds', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 100 }),
          fc.string({ unit: 'binary', minLength: QUARANTINE_KEPT_TOPIC_CHARS - 2, maxLength: 3000 }),
        ),
        fc.integer({ min: 0, max: 4 * QUARANTINE_KEPT_BYTES }),
        (topic, size) => {
          const payload = new Uint8Array(size).map((_, index) => index % 251);
          const kept = keptForQuarantine({ topic, payload });
          expect(kept.payload.byteLength).toBe(Math.min(size, QUARANTINE_KEPT_BYTES));
          expect(Buffer.compare(kept.payload, payload.subarray(0, kept.payload.byteLength))).toBe(0);
          expect(kept.topic.length).toBeLessThanOrEqual(QUARANTINE_KEPT_TOPIC_CHARS);
          expect(topic.startsWith(kept.topic)).toBe(true);
          if (topic.length <= QUARANTINE_KEPT_TOPIC_CHARS) expect(kept.topic).toBe(topic);
          // A cut never leaves half a surrogate pair behind.
          expect(/[\uD800-\uDBFF]$/.test(kept.topic) && topic.length > QUARANTINE_KEPT_TOPIC_CHARS).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
