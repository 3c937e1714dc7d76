import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  hostileMessageOf,
  HOSTILE_ATTACKS,
  type HostileAttack,
} from '../../../../fixtures/corpora/generated/hostile-messages.js';
import { anyBadTopic, CONTRACT_TOPIC } from '../../../../fixtures/corpora/generated/hostile-topics.js';
import { withId, type RawMessage } from '../../../../fixtures/corpora/generated/raw-message.js';
import { eventId, validDraft } from '../../../../fixtures/corpora/generated/valid-messages.js';
import {
  decodeDelivery,
  MAX_PAYLOAD_BYTES,
  MAX_REASON_LENGTH,
  type Decoded,
} from '../../../../shared/contract/decode.js';

/** Runs per property; each attack gets its own property, so the whole file tries several thousand messages. */
const RUNS = 400;
const at = Date.UTC(2026, 10, 21, 3, 0, 0);

const decode = (message: RawMessage, retained = false): Decoded =>
  decodeDelivery({ ...message, receivedAt: at, retained });

/** Everything the built-in prototypes own, to show afterwards that no payload added to them. */
const prototypeKeys = () =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((proto) =>
    Reflect.ownKeys(proto).map(String).sort().join(','),
  );
const cleanPrototypes = prototypeKeys();

const refusedWithReason = (decoded: Decoded): string => {
  expect(decoded.ok).toBe(false);
  if (decoded.ok !== false) return '';
  expect(decoded.reason.length).toBeGreaterThan(0);
  expect(decoded.reason.length).toBeLessThanOrEqual(MAX_REASON_LENGTH);
  return decoded.reason;
};

/** The rule each attack breaks, as the reason must name it. */
const EXPECTED_REASON: Record<HostileAttack, RegExp> = {
  'random-bytes': /UTF-8|JSON|payload/,
  'invalid-utf8': /not valid UTF-8/,
  'not-an-object': /must be a JSON object/,
  oversize: /bytes exceeds 16384/,
  'deep-nesting': /nests deeper than 32 levels/,
  'wrong-type': /^invalid (alarm|camera|access|status|checkpoint) payload: /,
  'missing-field': /^invalid (alarm|camera|access|status|checkpoint) payload: /,
  'hidden-under-proto': /^invalid (alarm|camera|access|status|checkpoint) payload: /,
  'overlong-id': /^invalid \w+ payload: id: Too big/,
  'bad-topic': /topic|site id|device id|channel|contract version/,
};

describe('decodeDelivery under fuzzing', () => {
  afterAll(() => {
    expect(prototypeKeys()).toEqual(cleanPrototypes);
  });

  it('never throws on any topic and any bytes, and every refusal has a bounded reason', () => {
    const topic = fc.oneof(
      anyBadTopic,
      fc.string(),
      validDraft.map((draft) => withId(draft, 'x').topic),
    );
    fc.assert(
      fc.property(topic, fc.uint8Array({ maxLength: 4096 }), fc.boolean(), (anyTopic, payload, retained) => {
        const decoded = decode({ topic: anyTopic, payload }, retained);
        if (decoded.ok === false) refusedWithReason(decoded);
        if (decoded.ok === 'ignored') expect(payload.byteLength).toBe(0);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('stores every valid message, whatever its text and extension keys, with a clean prototype', () => {
    fc.assert(
      fc.property(validDraft, eventId, (draft, id) => {
        const decoded = decode(withId(draft, id));
        expect(decoded.ok === true ? 'ok' : decoded.reason).toBe('ok');
        if (decoded.ok !== true) return;
        expect(decoded.event).toMatchObject({ siteId: draft.siteId, deviceId: draft.deviceId, eventId: id });
        expect(decoded.event.channel).toBe(draft.channel);
        expect(Object.getPrototypeOf(decoded.event.payload)).toBe(Object.prototype);
        expect(Object.hasOwn(decoded.event.payload, '__proto__')).toBe(false);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });

  it('accepts a valid payload exactly when the topic is a contract topic', () => {
    fc.assert(
      fc.property(validDraft, fc.option(anyBadTopic), (draft, badTopic) => {
        const message = withId(draft, 'fuzz-1');
        const topic = badTopic ?? message.topic;
        expect(decode({ ...message, topic }).ok).toBe(CONTRACT_TOPIC.test(topic));
      }),
      { numRuns: RUNS },
    );
  });

  it.each(HOSTILE_ATTACKS)('quarantines every %s message, naming the rule it breaks', (attack) => {
    fc.assert(
      fc.property(hostileMessageOf(attack, { deliverable: false }), (message) => {
        expect(refusedWithReason(decode(message))).toMatch(EXPECTED_REASON[attack]);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a payload of many megabytes from its size alone', () => {
    const huge = new Uint8Array(8 * 1024 * 1024).fill(0x7b);
    const reason = refusedWithReason(decode({ topic: 'watchfloor/v1/demo/pir-1/alarm', payload: huge }));
    expect(reason).toBe(`payload of ${huge.byteLength} bytes exceeds ${MAX_PAYLOAD_BYTES}`);
  });

  it('cuts a reason that quotes a very long channel name', () => {
    const channel = 'c'.repeat(60_000);
    const reason = refusedWithReason(decode({ topic: `watchfloor/v1/s/d/${channel}`, payload: new Uint8Array([1]) }));
    expect(reason.startsWith('unknown channel "ccc')).toBe(true);
    expect(reason.endsWith('…')).toBe(true);
  });
});
