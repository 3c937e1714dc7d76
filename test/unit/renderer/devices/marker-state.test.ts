import { describe, expect, it } from 'vitest';
import { classifyMarker, describeMarker } from '../../../../renderer/devices/marker-state.js';
import { alarm, device } from '../builders.js';

const online = device('x', { online: true, lastSeenAt: 1 });

describe('classifyMarker', () => {
  it('is unknown for a device that has said nothing', () => {
    expect(classifyMarker(undefined, [])).toBe('unknown');
    expect(classifyMarker(device('x'), [])).toBe('unknown');
  });

  it('is ok for a device that is online or has been heard from', () => {
    expect(classifyMarker(online, [])).toBe('ok');
    expect(classifyMarker(device('x', { lastSeenAt: 5 }), [])).toBe('ok');
  });

  it('is offline when the device is reported offline, over its stale faults', () => {
    const camera = { status: 'video-loss', fps: null, bitrateKbps: null, storageFreePct: null, since: 0 } as const;
    expect(classifyMarker(device('x', { online: false, camera }), [])).toBe('offline');
    expect(classifyMarker(device('x', { online: false }), [alarm(1, { category: 'trouble' })])).toBe('offline');
  });

  it('is trouble for equipment faults and trouble alarms', () => {
    const camera = { status: 'blurred', fps: 12, bitrateKbps: null, storageFreePct: null, since: 0 } as const;
    expect(classifyMarker({ ...online, camera }, [])).toBe('trouble');
    expect(classifyMarker({ ...online, door: { state: 'fault', since: 0 } }, [])).toBe('trouble');
    expect(classifyMarker({ ...online, door: { state: 'held-open', since: 0 } }, [])).toBe('trouble');
    expect(classifyMarker(online, [alarm(1, { category: 'trouble', condition: 'camera-tamper' })])).toBe('trouble');
  });

  it('is alarm for any open security alarm, whatever else is true', () => {
    expect(classifyMarker(online, [alarm(1)])).toBe('alarm');
    expect(classifyMarker(device('x', { online: false }), [alarm(1)])).toBe('alarm');
    expect(classifyMarker(undefined, [alarm(1, { state: 'unacknowledged-returned' })])).toBe('alarm');
  });
});

describe('describeMarker', () => {
  it('pulses only for unacknowledged security alarms of priority 1-2', () => {
    expect(describeMarker(online, [alarm(1, { priority: 1 })]).pulse).toBe(true);
    expect(describeMarker(online, [alarm(1, { priority: 3 })]).pulse).toBe(false);
    expect(describeMarker(online, [alarm(1, { priority: 1, state: 'acknowledged-active' })]).pulse).toBe(false);
  });

  it('reports the most urgent priority and the door and camera state', () => {
    const look = describeMarker({ ...online, door: { state: 'forced', since: 0 } }, [
      alarm(1, { priority: 3 }),
      alarm(2, { priority: 2 }),
    ]);
    expect(look).toEqual({ state: 'alarm', pulse: true, priority: 2, door: 'forced', camera: null });
  });
});
