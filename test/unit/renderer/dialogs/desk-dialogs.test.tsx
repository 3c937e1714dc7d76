// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { SeatCommandInput } from '../../../../shared/live/commands.js';
import { DeskDialogs } from '../../../../renderer/dialogs/DeskDialogs.js';
import { watchfloorStore } from '../../../../renderer/store/store.js';
import { alarm, snapshot } from '../builders.js';
import { act, cleanup, render } from '../render.js';
import { signInAs } from '../sign-in-as.js';

afterEach(cleanup);

const STEPS = [{ step: 'Look', doneBy: null, doneAt: null }];

function openDesk(patch: Parameters<typeof alarm>[1] = {}) {
  const view = render(<DeskDialogs />);
  const sent: SeatCommandInput[] = [];
  act(() => {
    watchfloorStore
      .getState()
      .applySnapshot(
        snapshot({ alarms: [alarm(1, { state: 'acknowledged-returned', version: 6, checklist: STEPS, ...patch })] }),
      );
    signInAs(watchfloorStore, 'A. Guard', 'guard', 'desk-a');
    watchfloorStore.getState().setCommandSender((command) => {
      sent.push(command);
      return Promise.resolve({ ok: true });
    });
  });
  return { ...view, sent };
}

const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
  document.querySelector<T>(`[data-testid="${id}"]`);
const keyOn = (target: Element | null, key: string, shiftKey = false) =>
  act(() => {
    target?.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }));
  });
function type(element: HTMLInputElement | HTMLTextAreaElement | null, text: string) {
  if (!element) throw new Error('no field');
  act(() => {
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value')?.set;
    setter?.call(element, text);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('the resolve dialog', () => {
  it('picks a disposition with 1–7, requires the note where the policy does, and sends both', async () => {
    const { sent } = openDesk();
    act(() => watchfloorStore.getState().openDialog({ kind: 'resolve', alarmId: 1, version: 6 }));
    const dialog = byTestId('resolve-dialog');
    expect(dialog?.querySelectorAll('[data-testid^="disposition-option-"]').length).toBe(7);
    keyOn(document.activeElement ?? dialog, '1');
    const intruder = byTestId('disposition-option-genuine-intruder')?.querySelector('input');
    expect(intruder?.checked).toBe(true);
    expect(dialog?.textContent).toContain('Note (required)');

    const note = byTestId<HTMLTextAreaElement>('resolve-note');
    expect(document.activeElement).toBe(note); // picking moves on to the note
    keyOn(note, 'Enter');
    await settle();
    expect(byTestId('resolve-problem')?.dataset.problem).toBe('note-required');
    expect(sent).toEqual([]);

    type(note, 'Police attended');
    keyOn(note, 'Enter');
    await settle();
    expect(sent).toEqual([
      { action: 'resolve', alarmId: 1, version: 6, disposition: 'genuine-intruder', note: 'Police attended' },
    ]);
    expect(watchfloorStore.getState().dialog).toBeNull();
  });

  it('will not resolve a latched alarm before it is reset, and says so', () => {
    openDesk({ latched: true });
    act(() => watchfloorStore.getState().openDialog({ kind: 'resolve', alarmId: 1, version: 6 }));
    expect(byTestId('resolve-problem')?.dataset.problem).toBe('reset-first');
    expect(byTestId<HTMLButtonElement>('resolve-confirm')?.disabled).toBe(true);
  });

  it('keeps the dialog open with the core’s words on a refusal, and confirms the new version after a conflict', async () => {
    const { sent } = openDesk();
    let answer = { ok: false as const, refusal: 'conflict' as const, message: 'the alarm changed since you saw it' };
    act(() => {
      watchfloorStore.getState().setCommandSender((command) => {
        sent.push(command);
        return Promise.resolve(answer);
      });
      watchfloorStore.getState().openDialog({ kind: 'resolve', alarmId: 1, version: 5 });
    });
    keyOn(document.activeElement, '3'); // false — equipment: no note needed
    keyOn(byTestId('resolve-note'), 'Enter');
    await settle();
    expect(byTestId('dialog-refusal')?.textContent).toContain('Changed at another seat');
    expect(watchfloorStore.getState().dialog?.kind).toBe('resolve');
    answer = { ok: false, refusal: 'conflict', message: 'again' };
    keyOn(byTestId('resolve-note'), 'Enter');
    await settle();
    expect(sent.map((c) => ('version' in c ? c.version : null))).toEqual([5, 6]);
  });

  it('closes on Esc without sending', () => {
    const { sent } = openDesk();
    act(() => watchfloorStore.getState().openDialog({ kind: 'resolve', alarmId: 1, version: 6 }));
    keyOn(byTestId('resolve-dialog'), 'Escape');
    expect(watchfloorStore.getState().dialog).toBeNull();
    expect(sent).toEqual([]);
  });
});

describe('the note dialog', () => {
  it('starts in the text box, saves on Enter, and keeps letters as text', async () => {
    const { sent } = openDesk();
    act(() => watchfloorStore.getState().openDialog({ kind: 'note', alarmId: 1 }));
    const input = byTestId<HTMLTextAreaElement>('note-input');
    expect(document.activeElement).toBe(input);
    type(input, 'r a n d o m');
    keyOn(input, 'Enter', true); // Shift+Enter: a new line, not a save
    await settle();
    expect(sent).toEqual([]);
    keyOn(input, 'Enter');
    await settle();
    expect(sent).toEqual([{ action: 'note', alarmId: 1, text: 'r a n d o m' }]);
  });

  it('keeps Tab inside the dialog', () => {
    openDesk();
    act(() => watchfloorStore.getState().openDialog({ kind: 'note', alarmId: 1 }));
    const dialog = byTestId('note-dialog');
    const buttons = dialog?.querySelectorAll<HTMLButtonElement>('button') ?? [];
    const last = [...buttons].filter((b) => !b.disabled).at(-1);
    act(() => last?.focus());
    keyOn(last ?? null, 'Tab');
    expect(document.activeElement).toBe(byTestId('note-input'));
  });
});

describe('the take-over dialog', () => {
  it('asks, naming who has the alarm, and claims with takeOver on Enter', async () => {
    const { sent } = openDesk({ owner: { operator: 'B. Guard', seat: 'desk-b', since: 0 } });
    act(() => watchfloorStore.getState().openDialog({ kind: 'take-over', alarmId: 1, version: 6 }));
    expect(byTestId('takeover-dialog')?.textContent).toContain('B. Guard at desk-b');
    const confirm = byTestId<HTMLButtonElement>('takeover-confirm');
    expect(document.activeElement).toBe(confirm);
    act(() => confirm?.click());
    await settle();
    expect(sent).toEqual([{ action: 'claim', alarmId: 1, version: 6, takeOver: true }]);
  });
});
