import { describe, expect, it } from 'vitest';
import { channelPayloadSchemas } from '../../../../../shared/contract/payloads.js';
import type { Channel } from '../../../../../shared/contract/topic.js';
import { storedEvent, type StoredEventRow } from '../../../../../electron/core/review/replay-stored-event.js';

const AT = Date.UTC(2025, 0, 1, 3);

const row = (channel: Channel, payload: string, deviceTs: number | null = AT - 40): StoredEventRow => [
  7,
  'ev-7',
  'demo',
  'door-g-dock',
  channel,
  deviceTs,
  AT,
  payload,
];

/** What the replay decoded before it filled the parsed payload in place: the stored id and time, spread under the payload. */
function spreadDecode(stored: StoredEventRow) {
  const [, eventId, siteId, deviceId, channel, deviceTs, receivedAt, payload] = stored;
  const json = JSON.parse(payload) as object;
  const parsed = channelPayloadSchemas[channel].safeParse({
    id: eventId,
    ...(deviceTs === null ? {} : { ts: deviceTs }),
    ...json,
  });
  return parsed.success ? { siteId, deviceId, eventId, deviceTs, receivedAt, channel, payload: parsed.data } : null;
}

describe('a stored event decoded for replay', () => {
  const decodable: [string, StoredEventRow][] = [
    ['no id or ts: the stored ones', row('alarm', '{"kind":"motion","state":"active"}')],
    ['its own id and ts win', row('alarm', '{"id":"own","ts":1735700000000,"kind":"panic","state":"active"}')],
    ['an ISO ts is read as epoch ms', row('access', '{"ts":"2025-01-01T03:00:00.000+01:00","event":"granted"}')],
    ['unknown keys are dropped', row('camera', '{"status":"ok","fps":25,"vendor":{"x":1},"__proto__":{"a":1}}')],
    ['a last will without a device time', row('status', '{"online":false}', null)],
    ['a drill mark is kept', row('checkpoint', '{"checkpoint":"cp-1","guard":"R. Diaz","drill":4}')],
  ];
  for (const [name, stored] of decodable) {
    it(`is what the spread decode gave: ${name}`, () => {
      const decoded = storedEvent(stored);
      expect(decoded).not.toBeNull();
      expect(decoded).toStrictEqual(spreadDecode(stored));
    });
  }

  it('gives the payload its own id and time over the stored ones', () => {
    const decoded = storedEvent(row('alarm', '{"id":"own","ts":1735700000000,"kind":"panic","state":"active"}'));
    expect(decoded?.payload).toMatchObject({ id: 'own', ts: 1735700000000 });
    expect(decoded?.eventId).toBe('ev-7');
  });

  const refused: [string, StoredEventRow][] = [
    ['not JSON', row('alarm', '{"kind":')],
    ['a JSON array', row('status', '[false]')],
    ['a JSON scalar', row('alarm', '42')],
    ['JSON null', row('alarm', 'null')],
    ['a kind the contract no longer knows', row('alarm', '{"kind":"smoke","state":"active"}')],
    [
      'a last will without a stored device time or its own',
      row('checkpoint', '{"checkpoint":"cp-1","guard":"R"}', null),
    ],
  ];
  for (const [name, stored] of refused) {
    it(`no longer passes the device contract: ${name}`, () => {
      expect(storedEvent(stored)).toBeNull();
    });
  }
});
