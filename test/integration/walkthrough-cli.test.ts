import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceEvent } from '../../shared/contract/device-event.js';
import { emptyDeviceState } from '../../shared/domain/device-state.js';
import type { WalkthroughPlan } from '../../shared/domain/walkthrough.js';
import { DEMO_SITE_DIR, PACKAGE_ROOT } from '../../electron/core/package-root.js';
import { loadSite } from '../../electron/core/site/load-site.js';
import { openStore } from '../../electron/core/store/store.js';
import { alarmRecord } from '../support/alarm-record.js';
import { tempDir } from '../support/temp-dir.js';
import { pdfText } from '../unit/electron/core/reports/pdf-text.js';

const BIN = join(PACKAGE_ROOT, 'bin', 'watchfloor.js');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 30_000 });
const dir = tempDir('walkthrough-cli');
afterAll(() => dir.remove());

const site = loadSite(DEMO_SITE_DIR);
/** Tue 18 Nov 2025 12:00 in London (UTC in November). */
const NOW = Date.parse('2025-11-18T12:00:00Z');
const HOUR = 3_600_000;
const AT = ['--at', '2025-11-18T12:00'];

/** A week at Harbour Point where everything reports, except what went wrong, written through the store. */
function seedWeek(file: string): void {
  const store = openStore(file);
  let serial = 0;
  const event = (deviceId: string, hoursAgo: number, message: Pick<DeviceEvent, 'channel' | 'payload'>) => {
    const at = NOW - hoursAgo * HOUR;
    const full = { siteId: site.id, deviceId, eventId: `e${++serial}`, deviceTs: at, receivedAt: at, ...message };
    store.events.append(full as DeviceEvent, JSON.stringify(full.payload)); // channel and payload come as a pair
  };
  store.inTransaction(() => {
    for (const device of site.devices)
      store.devices.save({ ...emptyDeviceState(site.id, device.id), online: true, lastSeenAt: NOW - 30_000 });
    for (const hoursAgo of [20, 40, 60])
      event('cam-g-dock', hoursAgo, { channel: 'camera', payload: { id: 'c', ts: 0, status: 'video-loss' } });
    for (const hoursAgo of [2, 3, 4])
      event('door-1-server', hoursAgo, { channel: 'access', payload: { id: 'a', ts: 0, event: 'door-held-open' } });
    event('door-2-hr', 5, { channel: 'access', payload: { id: 'a', ts: 0, event: 'door-fault' } });
    for (const [id, daysAgo] of [
      [1, 1],
      [2, 2],
    ] as const)
      store.alarms.insert({
        ...alarmRecord({ id, deviceId: 'pir-1-corridor', condition: 'motion', raisedAt: NOW - daysAgo * 24 * HOUR }),
        state: 'resolved',
        resolvedAt: NOW - daysAgo * 24 * HOUR + HOUR,
        disposition: 'false-equipment',
      });
    store.devices.save({ ...emptyDeviceState(site.id, 'panel-2'), online: false, lastSeenAt: NOW - 6 * HOUR });
    store.devices.save({ ...emptyDeviceState(site.id, 'smoke-g-dock'), online: true, lastSeenAt: NOW - 2 * HOUR });
    store.devices.save({ ...emptyDeviceState(site.id, 'cam-annexe-9'), online: true, lastSeenAt: NOW - HOUR });
  });
  store.close();
}

describe('watchfloor walkthrough over a troubled week at Harbour Point', () => {
  const db = join(dir.path, 'week.db');
  let plan: WalkthroughPlan;
  beforeAll(() => {
    seedWeek(db);
    const out = join(dir.path, 'walk.json');
    const result = run('walkthrough', '--db', db, ...AT, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/inspection of 3 floor\(s\): 6 stops from the security office, \d+ m, about \d+ min/);
    plan = JSON.parse(readFileSync(out, 'utf8')) as WalkthroughPlan;
  });

  it('visits every device that misbehaved, with its reasons, and lists the unplaced one last', () => {
    expect(new Set(plan.stops.map((stop) => stop.deviceId))).toEqual(
      new Set([
        'cam-g-dock',
        'door-1-server',
        'door-2-hr',
        'pir-1-corridor',
        'panel-2',
        'smoke-g-dock',
        'cam-annexe-9',
      ]),
    );
    expect(plan.stops.map((stop) => stop.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(plan.stops.at(-1)).toMatchObject({ deviceId: 'cam-annexe-9', floorId: null, x: null, leg: null });
    const dock = plan.stops.find((stop) => stop.deviceId === 'cam-g-dock');
    expect(dock?.reasons[0]?.text).toBe('camera video-loss 3× in the last 7 days, last Mon 17 Nov 16:00');
    expect(plan.stops.find((stop) => stop.deviceId === 'smoke-g-dock')?.reasons[0]?.code).toBe('silent');
  });

  it('walks a floor before the next: the ground floor first from the security office, then up', () => {
    const floors = plan.stops.flatMap((stop) => (stop.floorId ? [stop.floorId] : []));
    expect(floors).toEqual(['g', 'g', '1', '1', '2', '2']);
    const climb = plan.stops.find((stop) => stop.floorId === '1')?.leg;
    expect(climb?.rides).toHaveLength(1);
    expect(climb?.path.some((point) => point.floorId === 'g')).toBe(true);
    const legs = plan.stops.flatMap((stop) => (stop.leg ? [stop.leg] : []));
    expect(plan.totalDistanceM).toBeCloseTo(legs.reduce((sum, leg) => sum + leg.walkM, 0));
    expect(plan.estimatedDurationS).toBeCloseTo(legs.reduce((sum, leg) => sum + leg.seconds, 0) + 6 * 60);
  });

  it('keeps to one floor when asked', () => {
    const result = run('walkthrough', '--db', db, ...AT, '--floor', '1', '--format', 'json');
    expect(result.status).toBe(0);
    const one = JSON.parse(result.stdout) as WalkthroughPlan;
    expect(one.stops.map((stop) => stop.deviceId).sort()).toEqual(['door-1-server', 'pir-1-corridor']);
  });

  it('plans a patrol over the chosen checkpoints', () => {
    const result = run('walkthrough', '--db', db, ...AT, '--goal', 'patrol', '--checkpoints', 'tag-2-west,tag-g-dock');
    expect(result.status).toBe(0);
    const patrol = JSON.parse(result.stdout) as WalkthroughPlan;
    expect(patrol.stops.map((stop) => stop.deviceId)).toEqual(['tag-g-dock', 'tag-2-west']);
  });

  it('prints a route card whose text says what the JSON says', async () => {
    const out = join(dir.path, 'walk.pdf');
    const result = run('walkthrough', '--db', db, ...AT, '--out', out);
    expect(result.status).toBe(0);
    const { text } = await pdfText(new Uint8Array(readFileSync(out)));
    expect(text).toContain('Walkthrough route card');
    expect(text).toContain('Harbour Point Offices');
    for (const stop of plan.stops) expect(text).toContain(`${stop.order}. ${stop.name}`);
    expect(text).toContain('door held open 3× in the last 7 days');
    expect(text).toContain('Route by floor');
  });
});

describe('watchfloor walkthrough refuses bad input with exit 2, naming the flag', () => {
  const empty = join(dir.path, 'empty.db');
  beforeAll(() => openStore(empty).close());

  it('prints help', () => {
    const result = run('walkthrough', '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: watchfloor walkthrough/);
    expect(run('--help').stdout).toContain('walkthrough  inspection walkthrough');
  });

  it.each([
    [['--floor', '9'], /--floor: no floor "9"/],
    [['--building', 'annexe'], /--building: no building "annexe"/],
    [['--days', 'seven'], /--days: /],
    [['--days', '400'], /--days: /],
    [['--goal', 'party'], /--goal: /],
    [['--goal', 'patrol', '--checkpoints', 'tag-nowhere'], /--checkpoints: no checkpoint or tag reader "tag-nowhere"/],
    [['--format', 'docx'], /--format: must be json or pdf/],
    [['--at', 'yesterday'], /--at: "yesterday" not an ISO 8601/],
    [['--flour', '1'], /Unknown option '--flour'/],
  ])('%j', (args, message) => {
    const result = run('walkthrough', '--db', empty, ...args);
    expect(result.stderr).toMatch(message);
    expect(result.status).toBe(2);
  });

  it('a missing database', () => {
    const result = run('walkthrough', '--db', join(dir.path, 'missing.db'));
    expect(result.stderr).toMatch(/--db: no such file/);
    expect(result.status).toBe(2);
  });
});
