import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attentionQueries, type AttentionData } from '../../../../../electron/core/walkthrough/attention-queries.js';
import { suggestStops, type Suggestion } from '../../../../../electron/core/walkthrough/suggest-stops.js';
import { openDatabase } from '../../../../../electron/core/store/database.js';
import { openStore } from '../../../../../electron/core/store/store.js';
import { tempDir } from '../../../../support/temp-dir.js';
import { NOW, seedTrouble, TROUBLED_TOWER } from './attention-fixture.js';

const dir = tempDir('walkthrough-rules');
let data: AttentionData;
let suggestions: Suggestion[];

beforeAll(() => {
  const file = join(dir.path, 'console.db');
  const store = openStore(file);
  seedTrouble(store);
  store.close();
  // Read back the way the CLI does: a read-only handle.
  const db = openDatabase(file, { readonly: true });
  data = attentionQueries(db).read({ siteId: TROUBLED_TOWER.id, from: NOW - 7 * 86_400_000, to: NOW });
  db.close();
  suggestions = suggestStops(TROUBLED_TOWER, data, NOW, 7);
});
afterAll(() => dir.remove());

const reasonsOf = (deviceId: string) => suggestions.find((s) => s.deviceId === deviceId)?.reasons ?? [];
const codesOf = (deviceId: string) => reasonsOf(deviceId).map((reason) => reason.code);

describe('suggestion rules over a week of trouble in a real database', () => {
  it('suggests exactly the troubled devices', () => {
    expect(suggestions.map((s) => s.deviceId).sort()).toEqual(
      [
        'cam-lossy',
        'door-broken',
        'door-pried',
        'door-wedged',
        'mystery-7',
        'panel-offline',
        'pir-spider',
        'pir-users',
        'smoke-never',
        'smoke-silent',
      ].sort(),
    );
  });

  it('cameras: every non-ok status in the window, counted, with the last one in site time', () => {
    expect(reasonsOf('cam-lossy')).toEqual([
      {
        code: 'camera-trouble',
        text: 'camera video-loss 3×, offline 1× in the last 7 days, last Tue 18 Nov 07:00',
        count: 4,
        lastAt: NOW - 5 * 3_600_000,
      },
    ]);
    expect(codesOf('cam-old-trouble')).toEqual([]);
  });

  it('doors: held open 3×, forced 2× or one fault; below every threshold is left alone', () => {
    expect(reasonsOf('door-wedged')[0]?.text).toBe('door held open 3× in the last 7 days, last Tue 18 Nov 07:00');
    expect(reasonsOf('door-broken')[0]).toMatchObject({ code: 'door-trouble', count: 1 });
    expect(reasonsOf('door-pried')[0]?.text).toMatch(/^door forced 2× in the last 7 days, last Mon 17 Nov 06:00$/);
    expect(codesOf('door-busy')).toEqual([]);
    expect(codesOf('door-mixed')).toEqual([]);
  });

  it('false alarms: two or more, and at least half of the resolved alarms raised in the window', () => {
    expect(reasonsOf('pir-spider')[0]?.text).toBe(
      '2 of 3 alarms false (67 %) in the last 7 days, last Mon 17 Nov 13:00',
    );
    expect(reasonsOf('pir-users')[0]).toMatchObject({ code: 'false-alarms', count: 2 });
    expect(codesOf('pir-honest')).toEqual([]);
  });

  it('offline, silent beyond twice the heartbeat, never heard; a device heard within it is fine', () => {
    expect(reasonsOf('panel-offline')[0]?.text).toBe('reported offline, last heard Tue 18 Nov 09:00');
    expect(reasonsOf('smoke-silent')[0]?.text).toBe(
      'silent for 3 h 12 min (heartbeat every 120 s), last heard Tue 18 Nov 08:48',
    );
    expect(reasonsOf('smoke-never')[0]?.text).toBe('never heard from (heartbeat every 120 s)');
    expect(codesOf('smoke-fresh')).toEqual([]);
  });

  it('unplaced: heard in traffic, on no plan', () => {
    expect(reasonsOf('mystery-7')).toEqual([
      {
        code: 'unplaced',
        text: 'heard in traffic but not placed on any plan, last heard Tue 18 Nov 10:00',
        count: null,
        lastAt: NOW - 2 * 3_600_000,
      },
    ]);
  });

  it('reads grouped counts, not events', () => {
    expect(data.cameraTrouble).toHaveLength(2);
    expect(data.doorTrouble.length).toBeLessThanOrEqual(6);
  });
});
