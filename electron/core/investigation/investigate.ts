import type { Database } from 'better-sqlite3';
import { accessPayloadSchema, cameraPayloadSchema, statusPayloadSchema } from '../../../shared/contract/payloads.js';
import {
  INVESTIGATION_LIMITS,
  type BadgeActivity,
  type CameraAtMoment,
  type Investigation,
  type InvestigationAnchor,
  type NearbyEvent,
} from '../../../shared/domain/investigation.js';
import type { Site } from '../../../shared/domain/site.js';
import { investigationReads, type EventRow } from './investigation-reads.js';
import { investigationScope } from './investigation-scope.js';

/** Access events that say who went (or tried to go) through a door, or that it was breached. */
const BADGE_EVENTS = new Set(['granted', 'denied', 'door-forced', 'door-held-open', 'duress', 'tamper']);

const parse = (row: EventRow): unknown => JSON.parse(row.payload) as unknown;
const drillOf = (payload: unknown): number | null => {
  const drill = typeof payload === 'object' && payload !== null && 'drill' in payload ? payload.drill : null;
  return typeof drill === 'number' ? drill : null;
};

/**
 * Everything around an alarm or occurrence in space and time: events of devices within the radius
 * on its floor, badge activity at the doors of its zone and the adjacent ones, and the health of
 * nearby cameras at that moment (docs/investigation.md).
 */
export function investigate(
  db: Database,
  site: Site,
  anchor: InvestigationAnchor,
  radiusM: number,
  minutes: number,
): Investigation {
  const reads = investigationReads(db);
  const from = anchor.at - minutes * 60_000;
  const to = anchor.at + minutes * 60_000 + 1;
  const scope = investigationScope(site, anchor, radiusM);

  const eventRows = scope.nearby.flatMap((device) =>
    reads.window(device.id, from, to, INVESTIGATION_LIMITS.events + 1),
  );
  eventRows.sort((a, b) => a.received_at - b.received_at);
  const events: NearbyEvent[] = eventRows.slice(0, INVESTIGATION_LIMITS.events).map((row) => {
    const payload = parse(row);
    return {
      deviceId: row.device_id,
      channel: row.channel,
      eventId: row.event_id,
      receivedAt: row.received_at,
      payload,
      drill: drillOf(payload),
    };
  });

  const badges: BadgeActivity[] = [];
  for (const door of scope.doors) {
    for (const row of reads.accessWindow(door.id, from, to, INVESTIGATION_LIMITS.badges + 1)) {
      const access = accessPayloadSchema.safeParse(parse(row));
      if (!access.success || !BADGE_EVENTS.has(access.data.event)) continue;
      const { event, holder, credential, method, reason, drill } = access.data;
      badges.push({
        doorId: door.id,
        doorName: door.name,
        zone: door.zone ?? null,
        at: row.received_at,
        event,
        holder: holder ?? null,
        credential: credential ?? null,
        method: method ?? null,
        reason: reason ?? null,
        drill: drill ?? null,
      });
    }
  }
  badges.sort((a, b) => a.at - b.at);

  const cameras: CameraAtMoment[] = scope.nearby
    .filter((device) => device.type === 'camera')
    .map((camera) => {
      const report = reads.lastOf(camera.id, 'camera', anchor.at);
      const health = report ? cameraPayloadSchema.safeParse(parse(report)) : null;
      const statusRow = reads.lastOf(camera.id, 'status', anchor.at);
      const status = statusRow ? statusPayloadSchema.safeParse(parse(statusRow)) : null;
      return {
        deviceId: camera.id,
        name: camera.name,
        distanceM: camera.distanceM,
        status: health?.success ? health.data.status : 'no report',
        reportedAt: report?.received_at ?? null,
        online: status?.success ? status.data.online : null,
      };
    });

  return {
    anchor,
    window: { from, to: to - 1, radiusM, minutes },
    zones: scope.zones,
    devices: scope.nearby,
    events,
    badges: badges.slice(0, INVESTIGATION_LIMITS.badges),
    cameras,
    truncated: {
      events: eventRows.length > INVESTIGATION_LIMITS.events,
      badges: badges.length > INVESTIGATION_LIMITS.badges,
    },
  };
}
