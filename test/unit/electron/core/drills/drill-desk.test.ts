import { afterAll, describe, expect, it } from 'vitest';
import { drillDesk } from '../../../../../electron/core/drills/drill-desk.js';
import { silentLogger } from '../../../../../electron/core/log.js';
import { drillRecords } from '../../../../../electron/core/store/drill-records.js';
import { openStore } from '../../../../../electron/core/store/store.js';
import { tempDir } from '../../../../support/temp-dir.js';
import { loadDemoSite } from '../../../fixtures/demo-site.js';

const dir = tempDir('drill-desk');
const store = openStore(`${dir.path}/wf.db`);
afterAll(() => {
  store.close();
  dir.remove();
});
// Nothing listens here: a drill that gets this far would fail to connect, which is what one test wants.
const desk = (site: ReturnType<typeof loadDemoSite> | null = null) =>
  drillDesk({
    db: store.db,
    actions: store.actions,
    site: () => site,
    broker: { brokerUrl: 'mqtt://127.0.0.1:1' },
    log: silentLogger,
  });

describe('drillDesk', () => {
  it('ends a drill a stopped console left running, in the chained log', () => {
    const left = drillRecords(store.db).start({
      scenario: 'alarm-flood',
      speed: 1,
      seed: 1,
      startedBy: 's.kay',
      startedAt: 1_000,
    });
    const drills = desk();
    expect(drills.get(left.id)).toMatchObject({ endedBy: 'system', endReason: 'console restarted' });
    const [row] = store.actions.query({ action: 'end-drill', limit: 5 });
    expect(row).toMatchObject({
      operator: 'system',
      seat: 'core',
      detail: { drillId: left.id, reason: 'console restarted' },
    });
  });

  it('refuses to start without a site, and to end what is unknown or ended', async () => {
    const drills = desk();
    expect(await drills.start({ scenario: 'normal-day' }, 's.kay')).toEqual({
      ok: false,
      status: 409,
      error: 'no site loaded: a drill plays on the site devices',
    });
    expect(await drills.end(404, 's.kay')).toMatchObject({ ok: false, status: 404 });
    expect(await drills.end(1, 's.kay')).toMatchObject({ ok: false, status: 409 });
    expect(store.actions.query({ action: 'start-drill', limit: 5 })).toEqual([]);
  });

  it('logs a drill whose devices cannot reach the broker as started and ended, and says why', async () => {
    const outcome = await desk(loadDemoSite()).start({ scenario: 'normal-day', seed: 5 }, 's.kay');
    expect(outcome).toMatchObject({ ok: false, status: 502, error: expect.stringContaining('could not start') });
    const [drill] = drillRecords(store.db).recent(1);
    expect(drill).toMatchObject({ startedBy: 's.kay', seed: 5, endedBy: 'system' });
    expect(drill?.endReason).toMatch(/^simulator could not start: /);
    expect(drillRecords(store.db).running()).toEqual([]);
  });
});
