import { describe, expect, it } from 'vitest';
import { walkthroughRequestSchema } from '../../../../../shared/domain/walkthrough.js';
import { routeCardPdf } from '../../../../../electron/core/walkthrough/pdf/route-card-pdf.js';
import { planWalkthrough } from '../../../../../electron/core/walkthrough/plan-walkthrough.js';
import { pdfText } from '../reports/pdf-text.js';
import { NOW, TROUBLED_TOWER } from './attention-fixture.js';

const site = {
  ...TROUBLED_TOWER,
  devices: TROUBLED_TOWER.devices.map((device) =>
    device.id === 'door-broken' ? { ...device, name: 'Dock door 🚪 Łódź' } : device,
  ),
};
const reason = (code: 'door-trouble' | 'camera-trouble', text: string) => [{ code, text, count: 1, lastAt: NOW }];
const plan = planWalkthrough({
  site,
  request: walkthroughRequestSchema.parse({}),
  now: NOW,
  checkpoints: [],
  suggestions: [
    { deviceId: 'door-broken', reasons: reason('door-trouble', 'door fault 1× in the last 7 days') },
    { deviceId: 'cam-lossy', reasons: reason('camera-trouble', 'camera video-loss 3× in the last 7 days') },
    { deviceId: 'mystery-7', reasons: [{ code: 'unplaced', text: 'heard but not placed', count: null, lastAt: NOW }] },
  ],
});

describe('routeCardPdf', () => {
  it('prints every stop in order with its reasons, the way between floors, the totals and a sign-off', async () => {
    const { text, pages, title } = await pdfText(new Uint8Array(await routeCardPdf(plan, site)));
    expect(title).toBe('Walkthrough route card, Tower');
    expect(text).toContain('Walkthrough route card');
    expect(text).toContain('Inspection of Floor 0, Floor 1, Floor 2');
    expect(text).toMatch(/2 stops from the Security office - \d+ m walked - about \d+ min/);
    const order = ['1. camera cam-lossy', '2. Dock door ? ?ódz', '3. mystery-7'].map((line) => text.indexOf(line));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('camera video-loss 3× in the last 7 days');
    expect(text).toContain('not placed on any plan: find it and place it');
    expect(text).toMatch(/Way: (East|West) stair from Floor 0 to Floor 2|Way: Lift from Floor 0 to Floor 2/);
    expect(text).toContain('Note: 1 devices are not placed on any plan');
    expect(text).toContain('Route by floor');
    // Only floors the route walks on get a sketch: floor 1 is passed on the stairs.
    expect(text).toMatch(/Route by floor Floor 0 .* Start 1 /);
    expect(text).not.toMatch(/Route by floor.*Floor 1 West stair/s);
    expect(text).toContain('Finished at');
    expect(text).toContain(`Page ${pages.length} of ${pages.length}`);
  });

  it('says so when nothing needs a visit', async () => {
    const empty = { ...plan, stops: [], totalDistanceM: 0, estimatedDurationS: 0, warnings: [] };
    const { text } = await pdfText(new Uint8Array(await routeCardPdf(empty, site)));
    expect(text).toContain('Nothing needs a visit.');
    expect(text).toContain('0 stops from the Security office - 0 m walked - about under a minute');
  });
});
