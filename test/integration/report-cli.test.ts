import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceEvent } from '../../shared/contract/device-event.js';
import { DEFAULT_ALARM_POLICY } from '../../shared/domain/alarm-policy.js';
import type { Alarm } from '../../shared/domain/alarm.js';
import type { SeatCommand } from '../../shared/live/commands.js';
import { PACKAGE_ROOT, DEMO_SITE_DIR } from '../../electron/core/package-root.js';
import type { ShiftReport } from '../../electron/core/reports/shift-report.js';
import { clockTick } from '../../electron/core/situation/clock-tick.js';
import { handleSeatCommand } from '../../electron/core/situation/seat-commands.js';
import { Situation } from '../../electron/core/situation/situation.js';
import { loadSite } from '../../electron/core/site/load-site.js';
import { buildShiftReport } from '../../electron/core/reports/build-shift-report.js';
import { actionLog } from '../../electron/core/store/action-log.js';
import { alarmRecords } from '../../electron/core/store/alarm-records.js';
import { openDatabase } from '../../electron/core/store/database.js';
import { openStore, type Store } from '../../electron/core/store/store.js';
import { tempDir } from '../support/temp-dir.js';
import { countIn, seedScaleDatabase } from '../bench/report-scale-seed.js';
import { pdfText } from '../unit/electron/core/reports/pdf-text.js';

const BIN = join(PACKAGE_ROOT, 'bin', 'watchfloor.js');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 30_000 });
const dir = tempDir('report');
afterAll(() => dir.remove());

const site = loadSite(DEMO_SITE_DIR);
/** Europe/London is on UTC in November, so the site's clock and these times agree. */
const at = (time: string, day = 21) => Date.parse(`2025-11-${day}T${time}Z`);
const OSEI = { operator: 'A. Osei', seat: 'desk-1' };
const LI = { operator: 'B. Li', seat: 'desk-2' };
const SPIDER_NOTE = 'Spider on the lens 🕷️ — מצלמה <script>alert(1)</script>';
const FORMULA_NOTE = '=HYPERLINK("http://x","click"), contractor said "done soon"';

/** The console's own path, as the desk drives it: events through the situation, commands as seats send them. */
class Desk {
  readonly store: Store;
  private readonly situation: Situation;
  private nextId = 0;

  constructor(file: string) {
    this.store = openStore(file);
    this.situation = new Situation(this.store, site, DEFAULT_ALARM_POLICY);
  }

  event(time: number, deviceId: string, message: Pick<DeviceEvent, 'channel' | 'payload'>): void {
    const event = {
      siteId: site.id,
      deviceId,
      eventId: `e-${++this.nextId}`,
      deviceTs: time,
      receivedAt: time,
      ...message,
    };
    this.store.inTransaction(() => {
      if (this.store.events.append(event as DeviceEvent, JSON.stringify(event.payload)))
        this.situation.record(event as DeviceEvent);
      this.situation.saveChangedDevices();
    });
  }

  alarm(deviceId: string, condition: Alarm['condition']): Alarm {
    const found = this.store.alarms.query({ deviceId, limit: 10 }).find((alarm) => alarm.condition === condition);
    if (!found) throw new Error(`no ${condition} alarm at ${deviceId}`);
    return this.situation.alarm(found.id) ?? found;
  }

  act(
    time: number,
    actor: typeof OSEI,
    command: (alarm: { alarmId: number; version: number }) => SeatCommand,
    deviceId: string,
    condition: Alarm['condition'],
  ): void {
    const alarm = this.alarm(deviceId, condition);
    this.command(time, actor, command({ alarmId: alarm.id, version: alarm.version }));
  }

  command(time: number, actor: typeof OSEI, command: SeatCommand): void {
    const handled = this.store.inTransaction(() => handleSeatCommand(this.situation, command, actor, time));
    if (!handled.result.ok) throw new Error(`${command.action} refused: ${handled.result.message}`);
  }

  tick(time: number): void {
    this.store.inTransaction(() => clockTick(this.situation, time));
  }
}

const access = (event: 'door-forced' | 'door-held-open' | 'door-closed', time: number) => ({
  channel: 'access' as const,
  payload: { id: `a-${time}`, ts: time, event },
});
const sensor = (kind: 'motion' | 'glass-break' | 'panic', state: 'active' | 'normal', time: number) => ({
  channel: 'alarm' as const,
  payload: { id: `s-${time}`, ts: time, kind, state },
});
const camera = (status: 'video-loss' | 'ok', time: number) => ({
  channel: 'camera' as const,
  payload: { id: `c-${time}`, ts: time, status },
});

/**
 * A night at Harbour Point, 22:00–06:00, with every number in the report worked out by hand
 * (comments give them). One alarm from the day shift is resolved inside the night.
 */
function scriptNight(file: string): void {
  const desk = new Desk(file);
  const t = at;
  // Day shift: a held-open entrance door, resolved at 22:10 inside the night.
  desk.event(t('21:50:00'), 'door-g-entrance', access('door-held-open', t('21:50:00')));
  desk.act(t('21:51:00'), OSEI, (a) => ({ action: 'acknowledge', ...a }), 'door-g-entrance', 'door-held-open');
  desk.event(t('21:55:00'), 'door-g-entrance', access('door-closed', t('21:55:00')));
  desk.act(
    t('22:10:00'),
    OSEI,
    (a) => ({ action: 'resolve', ...a, disposition: 'false-user-error' }),
    'door-g-entrance',
    'door-held-open',
  );

  // 23:00 forced dock door (P2, 60 s / 30 min): acknowledged after 40 s, resolved after 20 min.
  const dock = ['door-g-dock', 'door-forced'] as const;
  desk.event(t('23:00:00'), 'door-g-dock', access('door-forced', t('23:00:00')));
  desk.act(t('23:00:40'), OSEI, (a) => ({ action: 'acknowledge', ...a }), ...dock);
  desk.event(t('23:02:00'), 'door-g-dock', access('door-closed', t('23:02:00')));
  desk.act(
    t('23:03:00'),
    OSEI,
    (a) => ({ action: 'note', alarmId: a.alarmId, text: 'Shutter pried open, police called' }),
    ...dock,
  );
  desk.act(t('23:05:00'), OSEI, (a) => ({ action: 'dispatch', ...a, to: 'Patrol 2' }), ...dock);
  desk.act(t('23:10:00'), OSEI, (a) => ({ action: 'reset', ...a }), ...dock);
  desk.act(
    t('23:20:00'),
    OSEI,
    (a) => ({ action: 'resolve', ...a, disposition: 'genuine-intruder', note: 'Police attended, shutter secured' }),
    ...dock,
  );

  // 01:00 motion (P3, 90 s / 1 h): acknowledged after 20 s, resolved false-equipment after 5 min.
  const motion = ['pir-1-corridor', 'motion'] as const;
  desk.event(t('01:00:00', 22), 'pir-1-corridor', sensor('motion', 'active', t('01:00:00', 22)));
  desk.act(t('01:00:20', 22), LI, (a) => ({ action: 'acknowledge', ...a }), ...motion);
  desk.event(t('01:00:30', 22), 'pir-1-corridor', sensor('motion', 'normal', t('01:00:30', 22)));
  desk.act(t('01:02:00', 22), LI, (a) => ({ action: 'note', alarmId: a.alarmId, text: SPIDER_NOTE }), ...motion);
  desk.act(t('01:05:00', 22), LI, (a) => ({ action: 'resolve', ...a, disposition: 'false-equipment' }), ...motion);

  // 02:00 camera video loss (P3): acknowledged after 60 s, shelved 30 min, resolved after 45 min.
  const cam = ['cam-g-dock', 'camera-video-loss'] as const;
  desk.event(t('02:00:00', 22), 'cam-g-dock', camera('video-loss', t('02:00:00', 22)));
  desk.act(t('02:01:00', 22), LI, (a) => ({ action: 'acknowledge', ...a }), ...cam);
  desk.act(
    t('02:02:00', 22),
    LI,
    (a) => ({ action: 'shelve', ...a, reason: 'Contractor replacing the camera', minutes: 30 }),
    ...cam,
  );
  desk.act(t('02:03:00', 22), LI, (a) => ({ action: 'note', alarmId: a.alarmId, text: FORMULA_NOTE }), ...cam);
  desk.tick(t('02:32:00', 22)); // the shelf runs out: an unshelve by the core
  desk.event(t('02:40:00', 22), 'cam-g-dock', camera('ok', t('02:40:00', 22)));
  desk.act(t('02:45:00', 22), LI, (a) => ({ action: 'resolve', ...a, disposition: 'false-equipment' }), ...cam);

  // 03:00 a motion sensor out of service for 2 h; the core returns it at 05:00.
  desk.command(t('03:00:00', 22), LI, {
    action: 'out-of-service',
    deviceId: 'pir-g-stores',
    reason: 'Sensor replacement',
    hours: 2,
  });

  // 04:00 glass break (P2): escalated at 04:01:30, acknowledged after 120 s (missed), resolved as a test.
  const glass = ['gb-g-lobby', 'glass-break'] as const;
  desk.event(t('04:00:00', 22), 'gb-g-lobby', sensor('glass-break', 'active', t('04:00:00', 22)));
  desk.tick(t('04:01:30', 22));
  desk.act(t('04:02:00', 22), OSEI, (a) => ({ action: 'acknowledge', ...a }), ...glass);
  desk.event(t('04:03:00', 22), 'gb-g-lobby', sensor('glass-break', 'normal', t('04:03:00', 22)));
  desk.act(t('04:10:00', 22), OSEI, (a) => ({ action: 'resolve', ...a, disposition: 'test' }), ...glass);
  desk.tick(t('05:00:00', 22));

  // 05:58 panic (P1, 30 s): escalated at 05:59, acknowledged only at 06:01, after the night.
  desk.event(t('05:58:00', 22), 'panic-g-reception', sensor('panic', 'active', t('05:58:00', 22)));
  desk.tick(t('05:59:00', 22));
  desk.event(t('06:00:30', 22), 'panic-g-reception', sensor('panic', 'normal', t('06:00:30', 22)));
  desk.act(t('06:01:00', 22), OSEI, (a) => ({ action: 'acknowledge', ...a }), 'panic-g-reception', 'panic');
  desk.store.close();
}

const NIGHT = ['--from', '2025-11-21T22:00', '--to', '2025-11-22T06:00'];

describe('watchfloor report over a scripted night', () => {
  const db = join(dir.path, 'night.db');
  let report: ShiftReport;
  beforeAll(() => {
    scriptNight(db);
    const out = join(dir.path, 'night.json');
    const result = run('report', '--db', db, ...NIGHT, '--format', 'json', '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`wrote json shift report to ${out}`);
    expect(result.stdout).toContain('5 alarms raised, 4 resolved, 1 open at end, 2 escalations, 3 notes, 9 events');
    report = JSON.parse(readFileSync(out, 'utf8')) as ShiftReport;
  });

  it('summarises the night', () => {
    expect(report.site).toEqual({ id: 'demo', name: 'Harbour Point Offices' });
    expect(report.range).toEqual({ from: at('22:00:00'), to: at('06:00:00', 22), timezone: 'Europe/London' });
    expect(report.summary).toEqual({
      alarmsRaised: 5,
      occurrences: 5,
      resolved: 4,
      openAtEnd: 1,
      unacknowledgedAtEnd: 1,
      escalations: 2,
      notes: 3,
      eventsStored: 9,
      earlierAlarmsActedOn: 1,
    });
  });

  it('measures response times per priority against the targets', () => {
    const [p1, p2, p3, p4, all] = report.kpis.response;
    // P1: the panic was acknowledged after the end, 120 s after its raise: past its 30 s target.
    expect(p1?.acknowledge).toMatchObject({ samples: 0, medianS: null, met: 0, missed: 1, pending: 0, metShare: 0 });
    expect(p1?.resolve).toMatchObject({ samples: 0, met: 0, missed: 0, pending: 1, metShare: null });
    // P2: acknowledged after 40 s and 120 s → median 80, p90 40 + 0.9 × 80 = 112; resolved after 1200 s and 600 s.
    expect(p2?.acknowledge).toEqual({
      samples: 2,
      medianS: 80,
      p90S: 112,
      targetsS: [60],
      met: 1,
      missed: 1,
      pending: 0,
      metShare: 0.5,
    });
    expect(p2?.resolve).toMatchObject({ samples: 2, medianS: 900, p90S: 1140, targetsS: [1800], met: 2, metShare: 1 });
    // P3: 20 s and 60 s; resolved after 300 s and 2700 s.
    expect(p3?.acknowledge).toMatchObject({ medianS: 40, p90S: 56, targetsS: [90], met: 2, metShare: 1 });
    expect(p3?.resolve).toMatchObject({ medianS: 1500, p90S: 2460, met: 2 });
    expect(p4).toMatchObject({ alarms: 0, acknowledge: { samples: 0, metShare: null } });
    // All: 20, 40, 60, 120 → median 50, p90 60 + 0.7 × 60 = 102; 3 met, 2 missed.
    expect(all?.acknowledge).toMatchObject({ samples: 4, medianS: 50, p90S: 102, met: 3, missed: 2, metShare: 0.6 });
    expect(all?.resolve).toMatchObject({ samples: 4, medianS: 900, p90S: 2250, met: 4, pending: 1 });
  });

  it('counts by priority, condition and hour, false alarms, devices and flood time', () => {
    const { kpis } = report;
    expect(kpis.byPriority.map((row) => row.alarms)).toEqual([1, 2, 2, 0]);
    expect(kpis.byCondition).toHaveLength(5);
    expect(kpis.falseAlarms).toEqual({ resolved: 4, falseAlarms: 2, rate: 0.5 });
    expect(kpis.devices.find((d) => d.deviceId === 'pir-1-corridor')).toMatchObject({
      resolved: 1,
      falseAlarms: 1,
      falseAlarmRate: 1,
    });
    expect(kpis.devices.find((d) => d.deviceId === 'door-g-dock')).toMatchObject({
      name: 'Loading dock personnel door',
      falseAlarmRate: 0,
    });
    expect(kpis.flood).toMatchObject({ totalS: 0, periods: [], busiestWindow: 1 });
    expect(kpis.alarmsByHour.map((b) => `${b.label}=${b.alarms}`)).toEqual([
      '22:00=0',
      '23:00=1',
      '00:00=0',
      '01:00=1',
      '02:00=1',
      '03:00=0',
      '04:00=1',
      '05:00=1',
    ]);
  });

  it('gives each alarm its timeline and notes, and marks what happened after the end', () => {
    const dock = report.alarms.find((a) => a.condition === 'door-forced');
    expect(dock).toMatchObject({
      acknowledged: { at: at('23:00:40'), by: 'A. Osei' },
      acknowledgeS: 40,
      reset: { at: at('23:10:00'), by: 'A. Osei' },
      resolved: { at: at('23:20:00'), by: 'A. Osei', disposition: 'genuine-intruder' },
      resolveS: 1200,
      statusAtEnd: 'resolved',
    });
    expect(dock?.notes.map((n) => `${n.kind}: ${n.text}`)).toEqual([
      'note: Shutter pried open, police called',
      'dispatch: to Patrol 2',
      'resolve: Police attended, shutter secured',
    ]);
    const panic = report.alarms.find((a) => a.condition === 'panic');
    expect(panic).toMatchObject({ statusAtEnd: 'unacknowledged', acknowledgeS: null, acknowledgeVerdict: 'missed' });
    expect(panic?.acknowledged).toEqual({ at: at('06:01:00', 22), by: 'A. Osei' });
    expect(panic?.entries.find((e) => e.action === 'acknowledge')?.afterEnd).toBe(true);
    expect(panic?.escalations).toEqual([{ at: at('05:59:00', 22), target: 'acknowledge' }]);
  });

  it('lists shelving, out-of-service and the day-shift alarm resolved in the night', () => {
    expect(report.shelved).toEqual([
      expect.objectContaining({
        by: 'B. Li',
        deviceId: 'cam-g-dock',
        minutes: 30,
        reason: 'Contractor replacing the camera',
      }),
    ]);
    expect(report.service.map((s) => `${s.action} ${s.deviceId} by ${s.by}`)).toEqual([
      'out-of-service pir-g-stores by B. Li',
      'return-to-service pir-g-stores by system',
    ]);
    expect(report.otherActions).toEqual([
      expect.objectContaining({
        at: at('22:10:00'),
        action: 'resolve',
        deviceId: 'door-g-entrance',
        text: 'false user error',
      }),
    ]);
    // The database has the patrol tables (migration 8) but nobody walked a tour that night.
    expect(report.patrols).toMatchObject({ recorded: true, runs: 0, tourRuns: [] });
  });

  it('writes the CSV with quoting and formula injection guarded', () => {
    const out = join(dir.path, 'night.csv');
    const result = run('report', '--db', db, ...NIGHT, '--out', out);
    expect(result.status).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFFsection,item,value\r\n')).toBe(true);
    expect(csv).toContain('summary,alarms raised,5\r\n');
    expect(csv).toContain('summary,from,2025-11-21T22:00:00+00:00\r\n');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""click""), contractor said ""done soon"""`);
    expect(csv).toContain(SPIDER_NOTE);
    expect(csv).toContain('response,2,2,2,80,112,60,1,1,0,50,');
  });

  it('writes a PDF whose text says what the JSON says', async () => {
    const out = join(dir.path, 'night.pdf');
    const result = run('report', '--db', db, ...NIGHT, '--format', 'pdf', '--out', out);
    expect(result.status).toBe(0);
    const { pages, text } = await pdfText(new Uint8Array(readFileSync(out)));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(text).toContain('Shift report');
    expect(text).toContain('Harbour Point Offices');
    expect(text).toContain('Shutter pried open, police called');
    expect(text).toContain('genuine intruder');
    // The spider (one emoji with its variation selector) and each Hebrew letter become one "?".
    expect(text).toContain('Spider on the lens ? — ????? <script>alert(1)</script>');
    expect(text).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(text).toContain('acknowledge target missed by 30 s');
    expect(text).toContain('(after the end of the range)');
  });
});

describe('watchfloor report refuses bad input with exit 2', () => {
  const empty = join(dir.path, 'empty.db');
  beforeAll(() => openStore(empty).close());
  const out = () => join(dir.path, 'x.json');

  it('prints help', () => {
    const result = run('report', '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: watchfloor report/);
    expect(run('--help').stdout).toContain('report     shift report');
  });

  it.each([
    [['--from', 'yesterday', '--to', '2025-11-22'], /--from: "yesterday" not an ISO 8601 date/],
    [['--from', '2025-02-30', '--to', '2025-11-22'], /--from: "2025-02-30" no such date/],
    [['--from', '2025-11-22', '--to', '2025-11-22'], /--from must be before --to/],
    [['--from', '2025-11-22', '--to', '2025-11-21'], /--from must be before --to/],
    [['--from', '2026-03-29T01:30', '--to', '2026-03-30'], /does not exist in Europe\/London/],
    [['--from', '2026-10-25T01:30', '--to', '2026-10-26'], /happens twice in Europe\/London/],
    [['--from', '2025-01-01', '--to', '2025-12-31'], /at most 92 days/],
  ])('%j', (range, message) => {
    const result = run('report', '--db', empty, ...range, '--out', out());
    expect(result.stderr).toMatch(message);
    expect(result.status).toBe(2);
  });

  it('an unknown format, a missing database, a file that is not a database', () => {
    const notDb = join(dir.path, 'notes.txt');
    writeFileSync(notDb, 'not a database at all, just some text that is long enough to have a header'.repeat(10));
    for (const [args, message] of [
      [['--db', empty, ...NIGHT, '--format', 'docx', '--out', out()], /--format: must be one of json, csv, pdf/],
      [['--db', empty, ...NIGHT, '--out', join(dir.path, 'x.txt')], /--format is required/],
      [['--db', join(dir.path, 'missing.db'), ...NIGHT, '--out', out()], /--db: no such file/],
      [['--db', notDb, ...NIGHT, '--out', out()], /not a readable SQLite database/],
      [[...NIGHT, '--out', out()], /--db <file> is required/],
      [['--db', empty, ...NIGHT, '--out', out(), '--site', '/nonexistent'], /site file \/nonexistent\/site.json/],
    ] as const) {
      const result = run('report', ...args);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.status, args.join(' ')).toBe(2);
    }
  });

  it('an empty range of an empty database is still a report', () => {
    const result = run('report', '--db', empty, ...NIGHT, '--out', out());
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('0 alarms raised, 0 resolved, 0 open at end');
  });
});

describe('a one-shift report out of 100,000 alarms and 1,000,000 events', () => {
  it('reads only the shift and gets it right (the time is printed, not judged)', { timeout: 120_000 }, () => {
    const file = join(dir.path, 'scale.db');
    const seeding = performance.now();
    const seed = seedScaleDatabase(file);
    const seeded = performance.now() - seeding;
    const db = openDatabase(file, { readonly: true });
    try {
      const source = { db, alarms: alarmRecords(db), actions: actionLog(db) };
      const from = seed.start + Math.floor((seed.end - seed.start) / 2);
      const range = { from, to: from + 8 * 3_600_000 };
      const started = performance.now();
      const report = buildShiftReport(source, site, range);
      const took = performance.now() - started;
      console.log(
        `report scale: seeded ${seed.alarms} alarms, ${seed.actions} actions, ${seed.events} events in ` +
          `${seeded.toFixed(0)} ms; one shift (${report.summary.alarmsRaised} alarms) reported in ${took.toFixed(0)} ms`,
      );
      expect(report.summary.alarmsRaised).toBe(countIn(seed.raisedAt, range.from, range.to));
      expect(report.summary.eventsStored).toBe(countIn(seed.receivedAt, range.from, range.to));
      expect(report.summary.notes).toBeGreaterThan(300);
      expect(report.alarms.every((a) => a.raisedAt >= range.from && a.raisedAt < range.to)).toBe(true);
    } finally {
      db.close();
      rmSync(file, { force: true });
    }
  });
});
