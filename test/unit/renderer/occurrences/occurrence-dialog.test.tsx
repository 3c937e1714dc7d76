// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { SeatCommandInput } from '../../../../shared/live/commands.js';
import { DeskDialogs } from '../../../../renderer/dialogs/DeskDialogs.js';
import { runDeskKey } from '../../../../renderer/keyboard/run-desk-key.js';
import { SHORTCUTS } from '../../../../renderer/keyboard/shortcuts.js';
import { watchfloorStore } from '../../../../renderer/store/store.js';
import { alarm, site, snapshot } from '../builders.js';
import { act, cleanup, render } from '../render.js';
import { signInAs } from '../sign-in-as.js';

afterEach(cleanup);

const DOCK = {
  id: 'dock',
  name: 'Dock',
  floorId: 'first',
  polygon: [
    [0, 0],
    [30, 0],
    [30, 30],
    [0, 30],
  ] as [number, number][],
};

function openDesk() {
  const view = render(<DeskDialogs />);
  const sent: SeatCommandInput[] = [];
  act(() => {
    const state = watchfloorStore.getState();
    state.applySnapshot(
      snapshot({
        site: { ...site(), zones: [...site().zones, DOCK] },
        alarms: [alarm(1), alarm(2, { deviceId: 'cam-g-1' })],
      }),
    );
    signInAs(watchfloorStore, 'A. Guard', 'guard', 'desk-a');
    state.setCommandSender((command) => {
      sent.push(command);
      return Promise.resolve({ ok: true });
    });
    watchfloorStore.getState().selectAlarm(1);
    watchfloorStore.getState().setMapOnScreen(true);
  });
  return { ...view, sent };
}

const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
  document.querySelector<T>(`[data-testid="${id}"]`);
function change(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null, value: string) {
  if (!element) throw new Error('no field');
  act(() => {
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value')?.set;
    setter?.call(element, value);
    element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}
const click = (element: HTMLElement | null) => act(() => element?.click());
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('the log-incident dialog', () => {
  it('opens on l, shown on the shortcut overlay, placed at the selected alarm and linking it', () => {
    openDesk();
    expect(SHORTCUTS.find((s) => s.intent === 'log-occurrence')?.chords).toEqual(['l']);
    act(() => runDeskKey({ intent: 'log-occurrence' }, watchfloorStore));
    expect(byTestId('occurrence-dialog')).not.toBeNull();
    expect(document.activeElement).toBe(byTestId('occurrence-category'));
    expect(byTestId('occurrence-location')?.textContent).toBe('Ground, 10.0 m from the left, 5.0 m from the top');
    expect(byTestId<HTMLSelectElement>('occurrence-zone')?.value).toBe('lobby');
    expect(byTestId<HTMLInputElement>('link-alarm-1')?.checked).toBe(true);
    expect(byTestId<HTMLInputElement>('link-alarm-2')?.checked).toBe(false);
  });

  it('says what is missing, then sends the whole report as log-occurrence', async () => {
    const { sent } = openDesk();
    act(() => runDeskKey({ intent: 'log-occurrence' }, watchfloorStore));
    click(byTestId('occurrence-confirm'));
    expect(byTestId('occurrence-missing')?.textContent).toBe('Choose what happened.');

    change(byTestId('occurrence-category'), 'suspicious-person');
    click(byTestId('add-person'));
    click(byTestId('add-vehicle'));
    change(byTestId('person-description-0'), 'Tall, red jacket');
    change(byTestId('vehicle-description-0'), 'White van');
    change(byTestId('occurrence-narrative'), 'Watched the dock door for ten minutes.');
    click(byTestId('link-alarm-2'));
    click(byTestId('occurrence-confirm'));
    await settle();
    expect(sent).toEqual([
      {
        action: 'log-occurrence',
        category: 'suspicious-person',
        location: { floorId: 'ground', x: 10, y: 5, zone: 'lobby' },
        people: [{ role: 'witness', name: undefined, description: 'Tall, red jacket' }],
        vehicles: [{ plate: undefined, description: 'White van' }],
        narrative: 'Watched the dock door for ten minutes.',
        alarmIds: [1, 2],
      },
    ]);
    expect(watchfloorStore.getState().dialog).toBeNull();
  });

  it('steps aside for a pick on the map and comes back with what was typed', () => {
    openDesk();
    act(() => runDeskKey({ intent: 'log-occurrence' }, watchfloorStore));
    change(byTestId('occurrence-narrative'), 'Spill by the stairs');
    click(byTestId('occurrence-pick'));
    expect(watchfloorStore.getState()).toMatchObject({ dialog: null, pickingLocation: true });
    expect(byTestId('occurrence-dialog')).toBeNull();

    act(() => watchfloorStore.getState().placeOccurrence({ floorId: 'first', x: 12, y: 8 }));
    expect(byTestId('occurrence-location')?.textContent).toBe('First, 12.0 m from the left, 8.0 m from the top');
    expect(byTestId<HTMLSelectElement>('occurrence-zone')?.value).toBe('dock');
    expect(byTestId<HTMLTextAreaElement>('occurrence-narrative')?.value).toBe('Spill by the stairs');
  });

  it('cannot pick where no map is on screen, and says so', () => {
    openDesk();
    act(() => {
      watchfloorStore.getState().setMapOnScreen(false);
      runDeskKey({ intent: 'log-occurrence' }, watchfloorStore);
    });
    expect(byTestId<HTMLButtonElement>('occurrence-pick')?.disabled).toBe(true);
    expect(byTestId('occurrence-dialog')?.textContent).toContain('This view has no map');
  });
});
