import { expect, vi } from 'vitest';
import type { Alarm } from '../../shared/domain/alarm.js';
import type { DeviceState } from '../../shared/domain/device-state.js';
import type { Incident } from '../../shared/domain/incident.js';
import type { ReplayPicture } from '../../shared/review/review-results.js';
import { commitBatch } from '../../electron/core/ingest/ingest-pipeline.js';
import { silentLogger } from '../../electron/core/log.js';
import { DEMO_SITE_DIR } from '../../electron/core/package-root.js';
import { loadAlarmPolicy } from '../../electron/core/site/load-alarm-policy.js';
import { loadSite } from '../../electron/core/site/load-site.js';
import { createDesk } from '../../electron/core/situation/desk.js';
import { Situation } from '../../electron/core/situation/situation.js';
import { openStore } from '../../electron/core/store/store.js';

const utf8 = new TextEncoder();

export type Picture = { devices: DeviceState[]; alarms: Alarm[]; incidents: Incident[] };

/**
 * The live desk spreads the whole seat identity into `owner`, role included, where the Alarm type
 * has operator, seat and since; the log does not record the role, so only those three are compared.
 */
const ownerAsTyped = (alarm: Alarm): Alarm =>
  alarm.owner
    ? { ...alarm, owner: { operator: alarm.owner.operator, seat: alarm.owner.seat, since: alarm.owner.since } }
    : alarm;

/** One order for comparing: the live maps and the replay may hold the same things in another order. */
export const sorted = (picture: Omit<ReplayPicture, 'at'> | Picture): Picture => ({
  devices: [...picture.devices].sort((a, b) => a.deviceId.localeCompare(b.deviceId)),
  alarms: picture.alarms.map(ownerAsTyped).sort((a, b) => a.id - b.id),
  incidents: [...picture.incidents].sort((a, b) => a.id - b.id),
});

/**
 * The live path on a real database file, with the clock in the test's hands: events through the
 * ingest pipeline, guard commands through the desk, the desk's clock tick. Needs fake Date timers.
 */
export function liveDesk(dbPath: string) {
  const site = loadSite(DEMO_SITE_DIR);
  const policy = loadAlarmPolicy(DEMO_SITE_DIR);
  const store = openStore(dbPath);
  const situation = new Situation(store, site, policy);
  const desk = createDesk(store, situation, () => {}, silentLogger);
  let eventNumber = 0;

  return {
    site,
    policy,
    store,
    situation,
    publish(at: number, deviceId: string, channel: string, payload: Record<string, unknown>): void {
      const body = { id: `e${(eventNumber += 1)}`, ts: at - 40, ...payload };
      const outcome = commitBatch(store, situation, [
        {
          topic: `watchfloor/v1/${site.id}/${deviceId}/${channel}`,
          payload: utf8.encode(JSON.stringify(body)),
          receivedAt: at,
          retained: false,
        },
      ]);
      expect(outcome.stored, `event ${body.id} stored`).toBe(1);
    },
    /** A command as a signed-in operator at `at`; the alarm's current version is filled in. */
    command(
      at: number,
      operator: string,
      command: { action: string; alarmId?: number; [field: string]: unknown },
    ): void {
      vi.setSystemTime(at);
      const version = command.alarmId === undefined ? undefined : situation.alarm(command.alarmId)?.version;
      const withVersion = version !== undefined && command.action !== 'note' ? { version, ...command } : command;
      const result = desk.command(withVersion, { operator, seat: `${operator}-seat`, role: 'supervisor' });
      expect(result, `${command.action} by ${operator}`).toEqual({ ok: true });
    },
    tick(at: number): void {
      vi.setSystemTime(at);
      desk.tick(at);
    },
    picture: (): Picture =>
      sorted({ devices: situation.deviceStates(), alarms: situation.alarms(), incidents: situation.openIncidents() }),
    openAlarm(deviceId: string, condition: string): Alarm {
      const alarm = situation.alarms().find((a) => a.deviceId === deviceId && a.condition === condition);
      if (!alarm) throw new Error(`no open ${condition} alarm at ${deviceId}`);
      return alarm;
    },
  };
}
export type LiveDesk = ReturnType<typeof liveDesk>;
