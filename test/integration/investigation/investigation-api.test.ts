import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Investigation } from '../../../shared/domain/investigation.js';
import { startTestConsole, type TestConsole } from '../../support/console-harness.js';
import { connectPublisher, type Publisher } from '../../support/mqtt-publisher.js';
import { getJson, operatorToken } from '../../support/operators.js';
import { connectSeat, type Seat } from '../../support/seat.js';
import { waitFor } from '../../support/wait-for.js';

describe('GET /api/investigations on a real core', () => {
  let core: TestConsole;
  let device: Publisher;
  let seat: Seat;
  let supervisor: string;
  let guard: string;

  beforeAll(async () => {
    core = await startTestConsole();
    device = await connectPublisher(core.brokerUrl);
    supervisor = await operatorToken(core, 'supervisor', 's.kay');
    guard = await operatorToken(core, 'guard', 'a.osei');
    seat = await connectSeat(core.httpUrl, { token: guard, seat: 'desk-1' });
  });
  afterAll(async () => {
    seat?.close();
    await device?.close();
    await core?.stop();
  });

  it('shows who badged in next door, nearby events and the dock camera as it was, around a forced door', async () => {
    const now = Date.now();
    await device.send('cam-g-dock', 'camera', { id: 'cam-1', ts: now, status: 'video-loss' });
    await device.send('door-g-dock-shutter', 'access', {
      id: 'shutter-1',
      ts: now,
      event: 'granted',
      holder: 'R. Mensah',
      credential: 'card-4410',
      method: 'card',
    });
    await device.send('door-g-dock', 'access', { id: 'dock-forced', ts: now, event: 'door-forced' });
    const alarm = (await seat.delta('alarm', (d) => d.alarm.deviceId === 'door-g-dock')).alarm;

    const path = `/api/investigations?alarm=${alarm.id}&radiusM=25&minutes=5`;
    expect((await getJson(core.httpUrl, path, guard)).status).toBe(403);
    const { status, body } = await getJson<Investigation>(core.httpUrl, path, supervisor);
    expect(status).toBe(200);
    expect(body.anchor).toMatchObject({
      kind: 'alarm',
      id: alarm.id,
      floorId: 'g',
      x: 15.5,
      y: 2,
      zone: 'loading-dock',
    });
    expect(body.zones.ids).toContain('loading-dock');
    expect(body.badges).toContainEqual(
      expect.objectContaining({
        doorId: 'door-g-dock-shutter',
        event: 'granted',
        holder: 'R. Mensah',
        credential: 'card-4410',
      }),
    );
    expect(body.badges).toContainEqual(expect.objectContaining({ doorId: 'door-g-dock', event: 'door-forced' }));
    expect(body.cameras).toContainEqual(expect.objectContaining({ deviceId: 'cam-g-dock', status: 'video-loss' }));
    expect(body.events.map((event) => event.eventId)).toEqual(
      expect.arrayContaining(['cam-1', 'shutter-1', 'dock-forced']),
    );
  });

  it('refuses a query naming both or neither, and unknown alarms and occurrences', async () => {
    expect((await getJson(core.httpUrl, '/api/investigations', supervisor)).status).toBe(400);
    expect((await getJson(core.httpUrl, '/api/investigations?alarm=1&occurrence=1', supervisor)).status).toBe(400);
    expect((await getJson(core.httpUrl, '/api/investigations?alarm=1&radiusM=5000', supervisor)).status).toBe(400);
    expect((await getJson(core.httpUrl, '/api/investigations?alarm=99999', supervisor)).status).toBe(404);
    expect((await getJson(core.httpUrl, '/api/investigations?occurrence=99999', supervisor)).status).toBe(404);
  });

  it('investigates a guard-logged occurrence from the point the guard picked', async () => {
    const logged = await seat.command({
      action: 'log-occurrence',
      category: 'suspicious-person',
      location: { floorId: 'g', x: 10, y: 3, zone: 'loading-dock' },
      narrative: 'Man in a hi-vis jacket trying the dock doors',
    });
    expect(logged).toMatchObject({ ok: true });
    const occurrenceId = await waitFor('the occurrence', async () => {
      const { body } = await getJson<{ occurrences: { id: number }[] }>(core.httpUrl, '/api/occurrences', guard);
      return body.occurrences[0]?.id;
    });
    const { status, body } = await getJson<Investigation>(
      core.httpUrl,
      `/api/investigations?occurrence=${occurrenceId}&radiusM=10`,
      supervisor,
    );
    expect(status).toBe(200);
    expect(body.anchor).toMatchObject({ kind: 'occurrence', x: 10, y: 3, deviceId: null });
    expect(body.devices.map((d) => d.id)).toContain('door-g-dock-shutter');
    expect(body.badges).toContainEqual(expect.objectContaining({ holder: 'R. Mensah' }));
  });
});
