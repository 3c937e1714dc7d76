import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Site } from '../../../shared/domain/site.js';
import { storedPlanHash } from '../../../shared/site-editing/plan-address.js';
import type { SiteFile } from '../../../shared/site-editing/site-file.js';
import type { SiteVersion, SiteVersionSummary } from '../../../shared/site-editing/site-versions.js';
import { startTestConsole, type TestConsole } from '../../support/console-harness.js';
import { connectPublisher } from '../../support/mqtt-publisher.js';
import { bearer, getJson, operatorToken } from '../../support/operators.js';
import { connectSeat, type Seat } from '../../support/seat.js';

let core: TestConsole;
let guard: string;
let admin: string;
let seat: Seat;

beforeAll(async () => {
  core = await startTestConsole();
  guard = await operatorToken(core, 'guard');
  admin = await operatorToken(core, 'admin');
  seat = await connectSeat(core.httpUrl, { token: guard, seat: 'desk-a' });
});
afterAll(async () => {
  seat.close();
  await core.stop();
});

const post = (path: string, token: string, body: unknown) =>
  fetch(new URL(path, core.httpUrl), {
    method: 'POST',
    headers: { ...bearer(token), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

const versions = async () =>
  (
    await getJson<{ current: SiteVersionSummary; versions: SiteVersionSummary[] }>(
      core.httpUrl,
      '/api/site/versions',
      guard,
    )
  ).body;
const currentSite = async () => (await getJson<Site>(core.httpUrl, '/api/site', guard)).body;

describe('site versions in the database', () => {
  it('imports the site folder as version 1 at first start, plans stored by content', async () => {
    const { current, versions: list } = await versions();
    expect(list.map((version) => [version.id, version.source, version.savedBy])).toEqual([[1, 'folder', 'system']]);
    expect(current.id).toBe(1);
    const site = await currentSite();
    for (const floor of site.buildings.flatMap((building) => building.floors)) {
      expect(storedPlanHash(floor.plan), floor.plan).not.toBeNull();
      const plan = await fetch(new URL(`/site/${floor.plan}`, core.httpUrl), { headers: bearer(guard) });
      expect(plan.status).toBe(200);
      expect(plan.headers.get('content-type')).toBe('image/svg+xml');
      expect(plan.headers.get('content-security-policy')).toContain('sandbox');
      expect((await plan.text()).startsWith('<svg')).toBe(true);
    }
    expect(seat.snapshots[0]?.siteVersion?.id).toBe(1);
  });

  it('saves a version as admin, refuses a guard, and pushes the new site to the seats', async () => {
    const site = await currentSite();
    const edited: Site = {
      ...site,
      zones: [...site.zones, { id: 'dock-yard', name: 'Dock yard', floorId: 'g' }],
      devices: site.devices.map((device) =>
        device.id === 'door-g-entrance' ? { ...device, x: 12.5, y: 7, zone: 'dock-yard' } : device,
      ),
    };
    const refused = await post('/api/site/versions', guard, { site: edited, note: 'guard tries' });
    expect(refused.status).toBe(403);
    expect((await versions()).current.id).toBe(1);

    const saved = await post('/api/site/versions', admin, { site: edited, note: 'entrance moved', basedOn: 1 });
    expect(saved.status).toBe(201);
    const delta = await seat.delta('site', (candidate) => candidate.version.id === 2);
    expect(delta.version).toMatchObject({ note: 'entrance moved', source: 'editor' });
    expect(delta.site.devices.find((device) => device.id === 'door-g-entrance')).toMatchObject({ x: 12.5, y: 7 });
    expect(await currentSite()).toEqual(edited);

    const stale = await post('/api/site/versions', admin, { site: edited, note: 'from an old copy', basedOn: 1 });
    expect(stale.status).toBe(409);
  });

  it('raises alarms after a save with the zone the new version gives the device', async () => {
    const publisher = await connectPublisher(core.brokerUrl);
    try {
      await publisher.send('door-g-entrance', 'access', { id: 'forced-1', ts: Date.now(), event: 'door-forced' });
      const raised = await seat.delta('alarm', (delta) => delta.alarm.deviceId === 'door-g-entrance');
      expect(raised.alarm.zone).toBe('dock-yard');
    } finally {
      await publisher.close();
    }
  });

  it('refuses a site whose device lies outside its floor, naming the device', async () => {
    const site = await currentSite();
    const outside = {
      ...site,
      devices: site.devices.map((device, index) => (index === 0 ? { ...device, x: 9999 } : device)),
    };
    const response = await post('/api/site/versions', admin, { site: outside, note: '' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { details: string[] }).details.join('\n')).toMatch(
      /devices\.0: position .* outside/,
    );
  });

  it('exports one file that imports back to the same site, and restores an old version', async () => {
    const exported = await fetch(new URL('/api/site/export', core.httpUrl), { headers: bearer(guard) });
    expect(exported.headers.get('content-disposition')).toMatch(/attachment; filename="site-demo-v2\.json"/);
    const file = (await exported.json()) as SiteFile;
    expect(Object.keys(file.plans).length).toBe(3);

    const imported = await post('/api/site/import', admin, file);
    expect(imported.status).toBe(201);
    const { version } = (await imported.json()) as { version: SiteVersionSummary };
    expect(version.source).toBe('import');
    const stored = (await getJson<SiteVersion>(core.httpUrl, `/api/site/versions/${version.id}`, guard)).body;
    expect(stored.site).toEqual(file.site);

    const restored = await post('/api/site/versions/1/restore', admin, {});
    expect(restored.status).toBe(201);
    const first = (await getJson<SiteVersion>(core.httpUrl, '/api/site/versions/1', guard)).body;
    expect(await currentSite()).toEqual(first.site);
    expect((await versions()).versions.map((summary) => summary.source)).toEqual([
      'restore',
      'import',
      'editor',
      'folder',
    ]);
  });

  it('refuses plan uploads whose bytes are not the image they claim to be', async () => {
    const upload = (type: string, body: Uint8Array | string, token = admin) =>
      fetch(new URL('/api/site/plans', core.httpUrl), {
        method: 'POST',
        headers: { ...bearer(token), 'Content-Type': type },
        body: typeof body === 'string' ? body : new Blob([new Uint8Array(body)]),
      });
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect((await upload('image/png', svg)).status).toBe(415);
    expect((await upload('image/png', '<html><script>alert(1)</script></html>')).status).toBe(415);
    expect((await upload('image/svg+xml', svg.replace('<rect', '<script>alert(1)</script><rect'))).status).toBe(415);
    expect((await upload('text/html', svg)).status).toBe(415);
    expect((await upload('image/svg+xml', svg, guard)).status).toBe(403);

    const accepted = await upload('image/png', png);
    expect(accepted.status).toBe(201);
    const { path } = (await accepted.json()) as { path: string };
    expect(path).toMatch(/^plans\/[0-9a-f]{64}\.png$/);
    const served = await fetch(new URL(`/site/${path}`, core.httpUrl), { headers: bearer(guard) });
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(png);
  });
});
