import { describe, expect, it } from 'vitest';
import {
  badgeLine,
  cameraLine,
  investigationUrl,
  parseInvestigation,
} from '../../../../renderer/investigation/investigation-words.js';

describe('investigation words', () => {
  it('says who badged where, with which credential, and why a badge was refused', () => {
    const badge = {
      doorId: 'd',
      doorName: 'Dock door',
      zone: null,
      at: 0,
      drill: null,
      method: 'card',
      reason: null,
    };
    expect(badgeLine({ ...badge, event: 'granted', holder: 'R. Mensah', credential: 'card-4410' })).toBe(
      'Dock door: Access granted · R. Mensah, credential card-4410, card',
    );
    expect(
      badgeLine({ ...badge, event: 'denied', holder: null, credential: null, method: null, reason: 'expired' }),
    ).toBe('Dock door: Access denied (expired)');
  });

  it('says how a camera was at that moment, or that it had not reported', () => {
    const camera = { deviceId: 'c', name: 'Dock camera', distanceM: 20.5, reportedAt: 1, online: false };
    expect(cameraLine({ ...camera, status: 'video-loss' })).toBe('Dock camera (20.5 m): Video loss, offline');
    expect(cameraLine({ ...camera, status: 'no report', online: null })).toBe(
      'Dock camera (20.5 m): no health report before then',
    );
  });

  it('asks for one alarm and reads only an investigation back', () => {
    expect(investigationUrl(4, 25, 10)).toBe('/api/investigations?alarm=4&radiusM=25&minutes=10');
    expect(parseInvestigation({ error: 'no alarm 4' })).toBeNull();
    expect(parseInvestigation({ anchor: {}, events: [], badges: [], cameras: [] })).not.toBeNull();
  });
});
