import type { Site } from '../../shared/domain/site.js';
import { buildTopic } from '../../shared/contract/topic.js';

export type Message = { topic: string; payload: string };

/**
 * `count` valid contract messages spread over the site's devices, each device speaking its own
 * channel, with mostly routine traffic and some alarms, so projection and alarm rules do real work.
 */
export function contractTraffic(site: Site, count: number, start = Date.now()): Message[] {
  const messages: Message[] = [];
  const devices = site.devices;
  if (devices.length === 0) throw new Error(`site ${site.id} has no devices to simulate`);
  for (let n = 0; n < count; n++) {
    const device = devices[n % devices.length] ?? devices[0];
    if (!device) continue;
    const ts = start + n;
    const id = `bench-${start}-${n}`;
    const round = Math.floor(n / devices.length);
    const topic = (channel: 'alarm' | 'camera' | 'access' | 'status' | 'checkpoint') =>
      buildTopic({ siteId: site.id, deviceId: device.id, channel });
    switch (device.type) {
      case 'door': {
        const cycle = [
          'granted',
          'door-opened',
          'door-closed',
          'granted',
          'door-opened',
          'door-held-open',
          'door-closed',
          'door-forced',
          'door-closed',
          'denied',
        ] as const;
        const event = cycle[round % cycle.length] ?? 'granted';
        messages.push({
          topic: topic('access'),
          payload: JSON.stringify({
            id,
            ts,
            event,
            holder: 'Bench Holder',
            credential: `card-${n % 500}`,
            method: 'card',
          }),
        });
        break;
      }
      case 'camera': {
        const status = round % 20 === 7 ? 'video-loss' : 'ok';
        messages.push({
          topic: topic('camera'),
          payload: JSON.stringify({
            id,
            ts,
            status,
            fps: status === 'ok' ? 25 : 0,
            bitrateKbps: 4000,
            storageFreePct: 61,
          }),
        });
        break;
      }
      case 'tag-reader':
        messages.push({
          topic: topic('checkpoint'),
          payload: JSON.stringify({ id, ts, checkpoint: `tag-${device.id}`, guard: 'G-7' }),
        });
        break;
      default: {
        const kind =
          device.type === 'smoke-detector'
            ? 'fire'
            : device.type === 'panic-button'
              ? 'panic'
              : device.type === 'glass-break-sensor'
                ? 'glass-break'
                : device.type === 'environmental-sensor'
                  ? 'environmental'
                  : device.type === 'intrusion-panel'
                    ? 'intrusion'
                    : 'motion';
        messages.push({
          topic: topic('alarm'),
          payload: JSON.stringify({ id, ts, kind, state: round % 2 === 0 ? 'active' : 'normal' }),
        });
      }
    }
  }
  return messages;
}
