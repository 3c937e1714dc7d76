import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Shift } from '../../../shared/domain/shift.js';
import { report } from '../../../electron/core/cli/report.js';
import type { ShiftReport } from '../../../electron/core/reports/shift-report.js';
import { startTestConsole, type TestConsole } from '../../support/console-harness.js';
import { getJson, operatorToken } from '../../support/operators.js';
import { connectSeat, type Seat } from '../../support/seat.js';

describe('a shift report by shift id, with the incidents guards logged and the handover', () => {
  let core: TestConsole;
  let guard: Seat;
  let supervisorToken: string;
  let shift: Shift;

  beforeAll(async () => {
    core = await startTestConsole();
    guard = await connectSeat(core.httpUrl, {
      token: await operatorToken(core, 'guard', 'night-guard'),
      seat: 'desk-1',
    });
    supervisorToken = await operatorToken(core, 'supervisor');
    expect(await guard.command({ action: 'start-shift' })).toEqual({ ok: true });
    shift = (await guard.delta('shift', (d) => d.shift.operator === 'night-guard')).shift;
    const logged = await guard.command({
      action: 'log-occurrence',
      category: 'visitor-problem',
      location: { floorId: 'g', x: 10, y: 10, zone: null },
      people: [{ role: 'visitor', name: 'R. Patel', description: 'No badge, asked for reception' }],
      narrative: 'Escorted the visitor back to reception',
    });
    expect(logged).toEqual({ ok: true });
    expect(await guard.command({ action: 'end-shift', shiftId: shift.id, note: 'Quiet night' })).toEqual({ ok: true });
  });
  afterAll(async () => {
    guard?.close();
    await core?.stop();
  });

  it('GET /api/reports/shift?shift= covers the shift, its handover included', async () => {
    const { status, body } = await getJson<ShiftReport>(
      core.httpUrl,
      `/api/reports/shift?shift=${shift.id}`,
      supervisorToken,
    );
    expect(status).toBe(200);
    expect(body.range.from).toBe(shift.startedAt);
    expect(body.guardLoggedIncidents).toMatchObject([
      {
        category: 'visitor-problem',
        loggedBy: 'night-guard',
        people: [{ role: 'visitor', name: 'R. Patel', description: 'No badge, asked for reception' }],
        narrative: 'Escorted the visitor back to reception',
      },
    ]);
    expect(body.handovers).toMatchObject([{ shiftId: shift.id, writtenBy: 'night-guard', note: 'Quiet night' }]);
    expect((await getJson(core.httpUrl, '/api/reports/shift?shift=999', supervisorToken)).status).toBe(404);
    expect(
      (await getJson(core.httpUrl, `/api/reports/shift?shift=${shift.id}`, await operatorToken(core))).status,
    ).toBe(403);
  });

  it('watchfloor report --shift writes the same sections', async () => {
    const out = join(core.dir, 'shift.json');
    expect(await report(['--db', core.dbPath, '--shift', String(shift.id), '--out', out])).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8')) as ShiftReport;
    expect(written.guardLoggedIncidents.map((o) => o.narrative)).toEqual(['Escorted the visitor back to reception']);
    expect(written.handovers.map((h) => h.note)).toEqual(['Quiet night']);
    await expect(report(['--db', core.dbPath, '--shift', '999', '--out', out])).rejects.toThrow(
      'there is no shift 999',
    );
    await expect(report(['--db', core.dbPath, '--shift', '1', '--from', '2025-01-01', '--out', out])).rejects.toThrow(
      'leave out --from and --to',
    );
  });
});
