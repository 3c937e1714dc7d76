import { describe, expect, it } from 'vitest';
import type { CommandResult, SeatCommandInput } from '../../../../shared/live/commands.js';
import { NOT_SIGNED_IN } from '../../../../renderer/store/commands-slice.js';
import { createWatchfloorStore } from '../../../../renderer/store/store.js';
import { alarm, incident, snapshot } from '../builders.js';
import { signInAs } from '../sign-in-as.js';

function deskStore() {
  const store = createWatchfloorStore();
  store.getState().applySnapshot(
    snapshot({
      alarms: [alarm(1, { incidentId: 4 }), alarm(2, { incidentId: 4 })],
      incidents: [incident(4, [1, 2])],
    }),
  );
  signInAs(store, 'A. Guard', 'guard', 'desk-a');
  const sent: SeatCommandInput[] = [];
  let answer: (result: CommandResult) => void = () => undefined;
  store.getState().setCommandSender(
    (command) =>
      new Promise((resolve) => {
        sent.push(command);
        answer = resolve;
      }),
  );
  return { store, sent, answer: (result: CommandResult) => answer(result) };
}

describe('running a command', () => {
  it('marks the row pending until the core answers, and changes nothing itself', async () => {
    const { store, sent, answer } = deskStore();
    const before = store.getState().alarms;
    const running = store.getState().runCommand({ action: 'acknowledge', alarmId: 1, version: 1 });
    expect(store.getState().pending.get(1)).toBe('acknowledge');
    expect(sent).toEqual([{ action: 'acknowledge', alarmId: 1, version: 1 }]);
    answer({ ok: true });
    await expect(running).resolves.toEqual({ ok: true });
    expect(store.getState().pending.size).toBe(0);
    expect(store.getState().alarms).toBe(before); // the truth arrives as deltas
    expect(store.getState().toasts).toEqual([]);
  });

  it('shows a refusal as a message and flashes the rows it was about', async () => {
    const { store, answer } = deskStore();
    const running = store.getState().runCommand({ action: 'acknowledge-incident', incidentId: 4 });
    expect([...store.getState().pending.keys()]).toEqual([1, 2]);
    answer({ ok: false, refusal: 'claimed', message: 'claimed by B. Guard at desk-b' });
    await running;
    const state = store.getState();
    expect(state.toasts).toMatchObject([
      { kind: 'refusal', message: 'Acknowledge incident refused: claimed by B. Guard at desk-b', alarmId: 1 },
    ]);
    expect(state.refusalFlash).toEqual({ alarmIds: [1, 2], nonce: 1 });
    expect(state.pending.size).toBe(0);
  });

  it('leaves the message to a dialog that shows it itself', async () => {
    const { store, answer } = deskStore();
    const running = store.getState().runCommand({ action: 'note', alarmId: 2, text: 'x' }, { quiet: true });
    answer({ ok: false, refusal: 'rate-limited', message: 'slow down' });
    await running;
    expect(store.getState().toasts).toEqual([]);
    expect(store.getState().refusalFlash?.alarmIds).toEqual([2]);
  });

  it('sends nothing when nobody is signed in, and says why', async () => {
    const { store, sent } = deskStore();
    store.setState({ identity: null });
    await expect(store.getState().runCommand({ action: 'reset', alarmId: 1, version: 1 })).resolves.toEqual(
      NOT_SIGNED_IN,
    );
    expect(sent).toEqual([]);
    expect(store.getState().toasts.at(-1)?.message).toMatch(/sign in/);
  });
});
