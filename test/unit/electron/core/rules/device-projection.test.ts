import { describe, expect, it } from 'vitest';
import { emptyDeviceState } from '../../../../../shared/domain/device-state.js';
import { projectDevice } from '../../../../../electron/core/rules/device-projection.js';
import { access, alarm, at, camera, status } from './events.js';

const fresh = (id: string) => emptyDeviceState('hq', id);
const replay = (id: string, events: Parameters<typeof projectDevice>[1][]) => events.reduce(projectDevice, fresh(id));

describe('projectDevice', () => {
  it('follows a door through a badge, open, close and a forced entry', () => {
    const door = replay('door-1', [
      access('door-1', 1, 'granted', 'A. Mensah'),
      access('door-1', 2, 'door-opened'),
      access('door-1', 6, 'door-closed'),
    ]);
    expect(door.door).toEqual({ state: 'closed', since: at(6) });
    expect(door.lastAccess).toMatchObject({ event: 'granted', holder: 'A. Mensah', at: at(1) });
    const forced = projectDevice(door, access('door-1', 9, 'door-forced'));
    expect(forced.door).toEqual({ state: 'forced', since: at(9) });
    expect(forced.lastAccess).toEqual(door.lastAccess);
  });

  it('goes offline on a last will and back online with any later event', () => {
    const gone = replay('cam-1', [camera('cam-1', 1, 'ok'), status('cam-1', 5, false)]);
    expect(gone.online).toBe(false);
    expect(projectDevice(gone, camera('cam-1', 9, 'ok')).online).toBe(true);
  });

  it('keeps camera health with the time the status began', () => {
    const cam = replay('cam-1', [
      camera('cam-1', 1, 'ok'),
      camera('cam-1', 2, 'video-loss'),
      camera('cam-1', 4, 'video-loss'),
    ]);
    expect(cam.camera).toMatchObject({ status: 'video-loss', fps: 0, since: at(2) });
  });

  it('tracks active alarm inputs by kind', () => {
    const pir = replay('pir-1', [
      alarm('pir-1', 1, 'motion', 'active'),
      alarm('pir-1', 2, 'intrusion', 'active'),
      alarm('pir-1', 3, 'motion', 'normal'),
    ]);
    expect(pir.activeInputs).toEqual(['intrusion']);
  });

  it('measures clock skew from device time and never moves last seen backwards', () => {
    const late = { ...camera('cam-1', 1, 'ok'), receivedAt: at(1) };
    const seen = projectDevice(projectDevice(fresh('cam-1'), camera('cam-1', 10, 'ok')), late);
    expect(seen.lastSeenAt).toBe(at(10));
    expect(seen.clockSkewMs).toBe(2000);
    expect(projectDevice(seen, status('cam-1', 11, true)).clockSkewMs).toBe(2000);
  });
});
