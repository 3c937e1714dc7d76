import { describe, expect, it } from 'vitest';
import type { SeatCommandInput } from '../../../../shared/live/commands.js';
import { runDeskKey } from '../../../../renderer/keyboard/run-desk-key.js';
import { createWatchfloorStore } from '../../../../renderer/store/store.js';
import { alarm, device, incident, snapshot } from '../builders.js';
import { signInAs } from '../sign-in-as.js';

const STEPS = [
  { step: 'Look at the camera', doneBy: 'A. Guard', doneAt: 5 },
  { step: 'Send the patrol', doneBy: null, doneAt: null },
];

function deskStore() {
  const store = createWatchfloorStore();
  store.getState().applySnapshot(
    snapshot({
      alarms: [
        alarm(1, { version: 4, checklist: STEPS, incidentId: 9 }),
        alarm(2, { deviceId: 'cam-g-1', incidentId: 9 }),
      ],
      incidents: [incident(9, [1, 2])],
      devices: [
        device('door-g-lobby'),
        device('cam-g-1', { outOfService: { by: 'x', reason: 'y', since: 0, until: null } }),
      ],
    }),
  );
  signInAs(store, 'A. Guard', 'guard', 'desk-a');
  const sent: SeatCommandInput[] = [];
  store.getState().setCommandSender((command) => {
    sent.push(command);
    return Promise.resolve({ ok: true });
  });
  return { store, sent };
}

describe('what a desk key does', () => {
  it('acts on the selected alarm with the version the guard is looking at', () => {
    const { store, sent } = deskStore();
    store.getState().selectAlarm(1);
    runDeskKey({ intent: 'acknowledge' }, store);
    runDeskKey({ intent: 'claim' }, store);
    runDeskKey({ intent: 'reset' }, store);
    runDeskKey({ intent: 'unshelve' }, store);
    expect(sent).toEqual([
      { action: 'acknowledge', alarmId: 1, version: 4 },
      { action: 'claim', alarmId: 1, version: 4, takeOver: false },
      { action: 'reset', alarmId: 1, version: 4 },
      { action: 'unshelve', alarmId: 1, version: 4 },
    ]);
  });

  it('toggles a checklist step: a ticked one is unticked, an open one ticked', () => {
    const { store, sent } = deskStore();
    store.getState().selectAlarm(1);
    runDeskKey({ intent: 'checklist', step: 0 }, store);
    runDeskKey({ intent: 'checklist', step: 1 }, store);
    runDeskKey({ intent: 'checklist', step: 5 }, store);
    expect(sent).toEqual([
      { action: 'checklist', alarmId: 1, version: 4, step: 0, done: false },
      { action: 'checklist', alarmId: 1, version: 4, step: 1, done: true },
    ]);
    expect(store.getState().toasts.at(-1)?.message).toContain('no step 6');
  });

  it('opens the dialog that asks what the command needs, remembering the version', () => {
    const { store } = deskStore();
    store.getState().selectAlarm(1);
    const opened = (intent: 'note' | 'dispatch' | 'shelve' | 'resolve' | 'take-over' | 'service' | 'shortcuts') => {
      runDeskKey({ intent }, store);
      const dialog = store.getState().dialog;
      store.getState().closeDialog();
      return dialog;
    };
    expect(opened('note')).toEqual({ kind: 'note', alarmId: 1 });
    expect(opened('dispatch')).toEqual({ kind: 'dispatch', alarmId: 1, version: 4 });
    expect(opened('shelve')).toEqual({ kind: 'shelve', alarmId: 1, version: 4 });
    expect(opened('resolve')).toEqual({ kind: 'resolve', alarmId: 1, version: 4 });
    expect(opened('take-over')).toEqual({ kind: 'take-over', alarmId: 1, version: 4 });
    expect(opened('service')).toEqual({ kind: 'out-of-service', deviceId: 'door-g-lobby' });
    store.getState().selectAlarm(2);
    expect(opened('service')).toEqual({ kind: 'return-to-service', deviceId: 'cam-g-1' });
    expect(opened('shortcuts')).toEqual({ kind: 'shortcuts' });
  });

  it('acknowledges the incident of the selected alarm with i', () => {
    const { store, sent } = deskStore();
    store.getState().selectAlarm(2);
    runDeskKey({ intent: 'acknowledge-incident' }, store);
    expect(sent).toEqual([{ action: 'acknowledge-incident', incidentId: 9 }]);
  });

  it('says how to select when no alarm is selected, and sends nothing', () => {
    const { store, sent } = deskStore();
    runDeskKey({ intent: 'acknowledge' }, store);
    expect(sent).toEqual([]);
    expect(store.getState().toasts.at(-1)).toMatchObject({ kind: 'info', message: 'Select an alarm first: ↓ or j.' });
  });

  it('does nothing to an alarm when nobody is signed in', () => {
    const { store, sent } = deskStore();
    store.setState({ identity: null });
    store.getState().selectAlarm(1);
    runDeskKey({ intent: 'resolve' }, store);
    expect(store.getState().dialog).toBeNull();
    expect(sent).toEqual([]);
  });

  it('opens and closes the detail, expands and folds incidents, mutes', () => {
    const { store } = deskStore();
    runDeskKey({ intent: 'open' }, store); // nothing selected: select the first line
    expect(store.getState().selectedIncidentId).toBe(9);
    runDeskKey({ intent: 'open' }, store); // on an incident: show its alarms
    expect(store.getState().expandedIncidents.has(9)).toBe(true);
    runDeskKey({ intent: 'next' }, store);
    expect(store.getState().selectedAlarmId).toBe(1);
    runDeskKey({ intent: 'collapse' }, store);
    expect(store.getState().expandedIncidents.has(9)).toBe(false);
    expect(store.getState().selectedIncidentId).toBe(9);
    store.getState().selectAlarm(2);
    runDeskKey({ intent: 'open' }, store);
    expect(store.getState().detailOpen).toBe(true);
    runDeskKey({ intent: 'close' }, store);
    expect(store.getState().detailOpen).toBe(false);
    runDeskKey({ intent: 'mute' }, store);
    expect(store.getState().muted).toBe(true);
  });
});
