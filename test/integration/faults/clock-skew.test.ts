import { afterAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../../support/console-harness.js';
import { connectPublisher } from '../../support/mqtt-publisher.js';
import { addOperator, signIn } from '../../support/operators.js';
import { connectSeat } from '../../support/seat.js';

const HOUR = 3_600_000;

describe('device clocks far off', () => {
  let core: TestConsole | null = null;
  afterAll(async () => {
    await core?.stop();
  });

  it('are shown as skew on the device and counted in health, never trusted for ordering', async () => {
    core = await startTestConsole();
    const running = core;
    const device = await connectPublisher(running.brokerUrl);
    const guard = await addOperator(running.dbPath, 'guard');
    const seat = await connectSeat(running.httpUrl, { token: (await signIn(running.httpUrl, guard)).token });
    try {
      const sentAt = Date.now();
      await device.send('cam-g-dock', 'camera', { id: 'skew-behind', ts: sentAt - HOUR, status: 'ok' });
      await device.send('door-g-dock', 'access', { id: 'skew-ahead', ts: sentAt + 2 * HOUR, event: 'door-closed' });
      await device.send('pir-g-1', 'alarm', { id: 'skew-none', ts: sentAt, kind: 'motion', state: 'normal' });
      const skewOf = async (deviceId: string) =>
        (await seat.delta('device', (d) => d.device.deviceId === deviceId)).device.clockSkewMs ?? NaN;
      const behind = await skewOf('cam-g-dock');
      const ahead = await skewOf('door-g-dock');
      const none = await skewOf('pir-g-1');
      expect(Math.abs(behind - HOUR)).toBeLessThan(60_000);
      expect(Math.abs(ahead + 2 * HOUR)).toBeLessThan(60_000);
      expect(Math.abs(none)).toBeLessThan(5_000);
      const health = (await (await fetch(`${running.httpUrl}api/health`)).json()) as {
        devices: { clockSkewed: number };
      };
      expect(health.devices.clockSkewed).toBe(2);
      // Events are kept in receive order with the device's own time beside it, not instead of it.
      const events = (await (
        await fetch(`${running.httpUrl}api/events?device=cam-g-dock&limit=1`, {
          headers: { Authorization: `Bearer ${(await signIn(running.httpUrl, guard)).token}` },
        })
      ).json()) as { events: { receivedAt: number; deviceTs: number }[] };
      expect(events.events[0]?.deviceTs).toBe(sentAt - HOUR);
      expect(events.events[0]?.receivedAt).toBeGreaterThanOrEqual(sentAt);
    } finally {
      seat.close();
      await device.close();
    }
  });
});
