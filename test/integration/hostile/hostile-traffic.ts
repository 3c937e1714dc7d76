import fc from 'fast-check';
import { corpusPayload, loadCorpus } from '../../../fixtures/corpora/corpus.js';
import { hostileMessage, type HostileAttack } from '../../../fixtures/corpora/generated/hostile-messages.js';
import { withId, type RawMessage } from '../../../fixtures/corpora/generated/raw-message.js';
import { validDraft } from '../../../fixtures/corpora/generated/valid-messages.js';

export type Labelled = RawMessage & { label: HostileAttack | 'corpus' | 'megabyte' | 'valid'; eventId?: string };

/** Five levels under watchfloor/v1 with no wildcard: what a broker routes to the console's subscription. */
const DELIVERABLE = /^watchfloor\/v1\/[^/+#]*\/[^/+#]*\/[^/+#]*$/;

/** The malformed corpus, less the cases no broker would deliver to the console (wrong prefix, wildcards). */
export function deliverableCorpus(): Labelled[] {
  return loadCorpus('malformed')
    .filter((entry) => DELIVERABLE.test(entry.topic))
    .map((entry) => ({ topic: entry.topic, payload: corpusPayload(entry), label: 'corpus' }));
}

const megabyte = (index: number): Labelled => ({
  topic: `watchfloor/v1/demo/pir-g-lobby/alarm`,
  payload: new TextEncoder().encode(
    `{"id":"mb-${index}","ts":1763694000000,"kind":"fire","state":"active","detail":"${'x'.repeat(1024 * 1024)}"}`,
  ),
  label: 'megabyte',
});

export type Traffic = { messages: Labelled[]; hostile: number; validIds: string[]; byLabel: Record<string, number> };

/**
 * The corpus, `generated` hostile messages, a few 1 MiB payloads and `valid` good events, interleaved
 * so that good traffic arrives between bad (same seed, same traffic).
 */
export function hostileTraffic(seed: number, generated: number, valid: number): Traffic {
  const bad: Labelled[] = [
    ...deliverableCorpus(),
    ...fc
      .sample(hostileMessage({ deliverable: true }), { numRuns: generated, seed })
      .map(({ attack, ...message }) => ({ ...message, label: attack })),
    ...[1, 2, 3].map(megabyte),
  ];
  const good: Labelled[] = fc.sample(validDraft, { numRuns: valid, seed: seed + 1 }).map((draft, index) => ({
    ...withId(draft, `fuzz-valid-${index}`),
    label: 'valid',
    eventId: `fuzz-valid-${index}`,
  }));
  const messages: Labelled[] = [];
  const every = Math.max(1, Math.floor(bad.length / Math.max(1, good.length)));
  bad.forEach((message, index) => {
    messages.push(message);
    const next = index % every === 0 ? good.shift() : undefined;
    if (next) messages.push(next);
  });
  messages.push(...good);
  const byLabel: Record<string, number> = {};
  for (const { label } of messages) byLabel[label] = (byLabel[label] ?? 0) + 1;
  return {
    messages,
    hostile: bad.length,
    validIds: messages.flatMap((message) => (message.eventId ? [message.eventId] : [])),
    byLabel,
  };
}
