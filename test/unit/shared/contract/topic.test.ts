import { describe, expect, it } from 'vitest';
import { buildTopic, parseTopic, siteSubscription } from '../../../../shared/contract/topic.js';

describe('parseTopic', () => {
  it('splits a contract topic into site, device and channel', () => {
    expect(parseTopic('watchfloor/v1/hq/door-1.a_B/access')).toEqual({
      ok: true,
      address: { siteId: 'hq', deviceId: 'door-1.a_B', channel: 'access' },
    });
  });

  it.each([
    ['watchfloor/v1/hq/door', '5 levels'],
    ['watchfloor/v1/hq/door/access/extra', '5 levels'],
    ['other/v1/hq/door/access', 'watchfloor/'],
    ['watchfloor/v2/hq/door/access', 'version'],
    ['watchfloor/v1/hq/door/video', 'unknown channel'],
    ['watchfloor/v1/hq/door 1/access', 'device id'],
    [`watchfloor/v1/hq/${'d'.repeat(65)}/access`, 'device id'],
    ['watchfloor/v1//door/access', 'site id'],
    ['watchfloor/v1/+/door/access', 'site id'],
    ['watchfloor/v1/hq/#/access', 'device id'],
  ])('rejects %s', (topic, reason) => {
    const parsed = parseTopic(topic);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });

  it('round-trips with buildTopic', () => {
    const address = { siteId: 'site-9', deviceId: 'cam.7', channel: 'camera' } as const;
    expect(parseTopic(buildTopic(address))).toEqual({ ok: true, address });
  });

  it('refuses to build a topic from an id that could inject levels or wildcards', () => {
    expect(() => buildTopic({ siteId: 'hq', deviceId: 'a/b', channel: 'alarm' })).toThrow(/device id/);
    expect(() => buildTopic({ siteId: '#', deviceId: 'a', channel: 'alarm' })).toThrow(/site id/);
  });

  it('subscribes to one site or every site', () => {
    expect(siteSubscription()).toBe('watchfloor/v1/+/+/+');
    expect(siteSubscription('hq')).toBe('watchfloor/v1/hq/+/+');
    expect(() => siteSubscription('h+q')).toThrow();
  });
});
