import type { LiveDesk, Picture } from './review-live-desk.js';

const MINUTE = 60_000;
/** Friday 22:00 in London (UTC in winter): out of hours, so motion is priority 2. */
export const T0 = Date.UTC(2026, 0, 9, 22, 0);

/** A step's actions take at most this long; the picture after it is recorded this long after its start. */
const STEP_MS = 50;

/** Plays a night on the live path and records the live picture after every step. */
export function playNight(desk: LiveDesk): { at: number; label: string; picture: Picture }[] {
  const snapshots: { at: number; label: string; picture: Picture }[] = [];
  let at = T0;
  const step = (label: string, minutes: number, act: (now: number) => void) => {
    at += minutes * MINUTE;
    act(at);
    snapshots.push({ at: at + STEP_MS, label, picture: desk.picture() });
  };
  const id = (deviceId: string, condition: string) => desk.openAlarm(deviceId, condition).id;

  step('devices online', 0, (now) => {
    for (const device of ['door-g-dock', 'pir-g-dock', 'cam-g-dock', 'door-g-stores'])
      desk.publish(now, device, 'status', { online: true });
  });
  step('door forced', 1, (now) => desk.publish(now, 'door-g-dock', 'access', { event: 'door-forced' }));
  step('motion on the same floor: an incident', 0.5, (now) =>
    desk.publish(now, 'pir-g-dock', 'alarm', { kind: 'motion', state: 'active' }),
  );
  step('acknowledged and noted', 0.5, (now) => {
    desk.command(now, 'A. Osei', { action: 'acknowledge', alarmId: id('door-g-dock', 'door-forced') });
    desk.command(now + 1, 'A. Osei', {
      action: 'note',
      alarmId: id('door-g-dock', 'door-forced'),
      text: 'Figure seen at the dock shutter; police called',
    });
  });
  step('motion returns, then again', 1, (now) => {
    desk.publish(now, 'pir-g-dock', 'alarm', { kind: 'motion', state: 'normal' });
    desk.publish(now + 10, 'pir-g-dock', 'alarm', { kind: 'motion', state: 'active' });
  });
  step('checklist, dispatch, door closed', 2, (now) => {
    const door = id('door-g-dock', 'door-forced');
    desk.command(now, 'A. Osei', { action: 'checklist', alarmId: door, step: 0, done: true });
    desk.command(now + 1, 'A. Osei', {
      action: 'dispatch',
      alarmId: door,
      to: 'patrol 2',
      note: 'go round by the yard',
    });
    desk.publish(now + 2, 'door-g-dock', 'access', { event: 'door-closed' });
  });
  step('taken over, reset and resolved', 3, (now) => {
    const door = id('door-g-dock', 'door-forced');
    desk.command(now, 'B. Lund', { action: 'claim', alarmId: door, takeOver: true });
    desk.command(now + 1, 'B. Lund', { action: 'reset', alarmId: door });
    desk.command(now + 2, 'B. Lund', {
      action: 'resolve',
      alarmId: door,
      disposition: 'genuine-intruder',
      note: 'Police attended, shutter damaged',
    });
  });
  step('camera video loss', 1, (now) => desk.publish(now, 'cam-g-dock', 'camera', { status: 'video-loss' }));
  step('acknowledge target missed: escalation', 10, (now) => desk.tick(now));
  step('camera shelved', 1, (now) =>
    desk.command(now, 'B. Lund', {
      action: 'shelve',
      alarmId: id('cam-g-dock', 'camera-video-loss'),
      reason: 'integrator on site',
      minutes: 10,
    }),
  );
  step('shelf time over', 11, (now) => desk.tick(now));
  step('motion sensor out of service', 1, (now) =>
    desk.command(now, 'B. Lund', {
      action: 'out-of-service',
      deviceId: 'door-g-stores',
      reason: 'lock repair',
      hours: 1,
    }),
  );
  step('forced while out of service raises nothing', 1, (now) =>
    desk.publish(now, 'door-g-stores', 'access', { event: 'door-forced' }),
  );
  step('duress badge', 2, (now) =>
    desk.publish(now, 'door-g-dock', 'access', { event: 'duress', holder: 'J. Doe', credential: '1234' }),
  );
  step('service period over', 60, (now) => desk.tick(now));
  step('camera back, motion acknowledged', 1, (now) => {
    desk.publish(now, 'cam-g-dock', 'camera', { status: 'ok', fps: 25 });
    desk.command(now + 1, 'A. Osei', { action: 'acknowledge', alarmId: id('pir-g-dock', 'motion') });
  });
  return snapshots;
}
