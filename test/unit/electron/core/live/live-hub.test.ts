import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLUSH_INTERVAL_MS, LiveHub, MAX_PENDING_CHANGES } from '../../../../../electron/core/live/live-hub.js';
import type { LiveChange, LiveDelta } from '../../../../../shared/live/delta.js';
import { alarm, device } from '../../../renderer/builders.js';

const doorState = (lastSeenAt: number): LiveChange => ({
  kind: 'device',
  device: device('door-g-lobby', { online: true, lastSeenAt }),
});
const alarmChange = (id: number, version: number): LiveChange => ({ kind: 'alarm', alarm: alarm(id, { version }) });

let sent: LiveDelta[][] = [];
let hub: LiveHub;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate'] });
  sent = [];
  hub = new LiveHub((deltas) => sent.push(deltas));
});
afterEach(() => {
  hub.stop();
  vi.useRealTimers();
});

describe('LiveHub', () => {
  it('gathers device changes for the flush interval, one delta per device', () => {
    hub.publish([doorState(1)]);
    hub.publish([doorState(2)]);
    vi.advanceTimersByTime(FLUSH_INTERVAL_MS - 1);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.map((delta) => delta.seq)).toEqual([1]);
    expect(sent[0]?.[0]).toMatchObject({ kind: 'device', device: { lastSeenAt: 2 } });
  });

  it('sends a newly raised alarm on the next turn, with everything gathered before it', () => {
    hub.publish([doorState(1)]);
    hub.publish([alarmChange(7, 1), doorState(2)]);
    expect(sent).toEqual([]);
    // The next turn of the event loop: no time passes.
    vi.advanceTimersByTime(0);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.map((delta) => delta.kind)).toEqual(['alarm', 'device']);
    // Nothing is left for the interval's timer to send.
    vi.advanceTimersByTime(FLUSH_INTERVAL_MS);
    expect(sent).toHaveLength(1);
  });

  it('lets changes to alarms already raised wait for the interval like the rest', () => {
    hub.publish([alarmChange(7, 2)]);
    vi.advanceTimersByTime(FLUSH_INTERVAL_MS - 1);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toHaveLength(1);
  });

  it('sends at once when the gathered changes reach their limit', () => {
    hub.publish(Array.from({ length: MAX_PENDING_CHANGES }, (_, n) => alarmChange(n + 1, 3)));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toHaveLength(MAX_PENDING_CHANGES);
  });
});
