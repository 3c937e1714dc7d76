import { describe, expect, it } from 'vitest';
import { DEFAULT_ALARM_POLICY } from '../../../../../shared/domain/alarm-policy.js';
import { emptyDeviceState } from '../../../../../shared/domain/device-state.js';
import type { Site } from '../../../../../shared/domain/site.js';
import { DEMO_SITE_DIR } from '../../../../../electron/core/package-root.js';
import { envFingerprint } from '../../../../../electron/core/review/replay-fingerprint.js';
import { decodeWorld, encodeWorld } from '../../../../../electron/core/review/replay-world-codec.js';
import { emptyWorld, replayEnv } from '../../../../../electron/core/review/replay-world.js';
import { loadSite } from '../../../../../electron/core/site/load-site.js';
import { alarmRecord } from '../../../../support/alarm-record.js';

const site = loadSite(DEMO_SITE_DIR);

/** The same object with its keys in reverse order, as another reading of the same file might build it. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, field]) => [key, reversedKeys(field)]),
  ) as T;
}

describe('replay env fingerprint', () => {
  it('is the same for the same placement and policy, whatever the key or device order', () => {
    const reordered: Site = { ...site, devices: [...site.devices].reverse() };
    expect(envFingerprint(replayEnv(reordered, reversedKeys(DEFAULT_ALARM_POLICY)))).toBe(
      envFingerprint(replayEnv(site, DEFAULT_ALARM_POLICY)),
    );
  });

  it('changes when a device moves, the time zone or the policy changes', () => {
    const base = envFingerprint(replayEnv(site, DEFAULT_ALARM_POLICY));
    const [first] = site.devices;
    if (!first) throw new Error('the demo site has devices');
    const moved = { ...site, devices: [{ ...first, zone: 'elsewhere' }, ...site.devices.slice(1)] };
    const otherZone = { ...site, timezone: 'Asia/Tokyo' };
    const otherPolicy = { ...DEFAULT_ALARM_POLICY, latched: [] };
    for (const env of [
      replayEnv(moved, DEFAULT_ALARM_POLICY),
      replayEnv(otherZone, DEFAULT_ALARM_POLICY),
      replayEnv(site, otherPolicy),
    ])
      expect(envFingerprint(env)).not.toBe(base);
  });
});

describe('replay world codec', () => {
  it('gives back the same world, map order included', () => {
    const world = emptyWorld(1_000);
    world.divergences = 3;
    world.devices.set('demo/door-g-dock', emptyDeviceState('demo', 'door-g-dock'));
    const second = alarmRecord({ id: 9, deviceId: 'pir-g-dock', condition: 'motion' });
    const first = alarmRecord({ id: 2, deviceId: 'door-g-dock', condition: 'door-forced' });
    world.alarms.set(9, second).set(2, first);
    world.openByCondition.set('demo/pir-g-dock/motion', 9).set('demo/door-g-dock/door-forced', 2);
    const decoded = decodeWorld(encodeWorld(world));
    expect(decoded).toEqual(world);
    expect([...(decoded?.alarms.keys() ?? [])]).toEqual([9, 2]);
  });
});
