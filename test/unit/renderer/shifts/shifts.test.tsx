// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Handover, Shift } from '../../../../shared/domain/shift.js';
import type { SeatCommandInput } from '../../../../shared/live/commands.js';
import { DeskDialogs } from '../../../../renderer/dialogs/DeskDialogs.js';
import { runDeskKey } from '../../../../renderer/keyboard/run-desk-key.js';
import { ShiftBar } from '../../../../renderer/shifts/ShiftBar.js';
import { watchfloorStore } from '../../../../renderer/store/store.js';
import { snapshot } from '../builders.js';
import { act, cleanup, render } from '../render.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const shift = (id: number, patch: Partial<Shift> = {}): Shift => ({
  id,
  operator: 'a.osei',
  seat: 'desk-1',
  startedAt: 1_000_000,
  endedAt: null,
  handoverId: null,
  ...patch,
});
const handover = (id: number, patch: Partial<Handover> = {}): Handover => ({
  id,
  shiftId: 1,
  seat: 'desk-1',
  note: 'Dock shutter jammed',
  openAlarms: [
    {
      alarmId: 4,
      condition: 'door-forced',
      priority: 1,
      state: 'acknowledged-active',
      place: 'Dock door (Loading dock)',
      raisedAt: 900_000,
      ageS: 600,
      owner: 'a.osei',
      shelved: false,
    },
  ],
  openAlarmsNotListed: 0,
  notable: [],
  notableNotListed: 0,
  writtenBy: 'a.osei',
  writtenAt: 1_500_000,
  acknowledgedBy: null,
  acknowledgedAt: null,
  ...patch,
});

function desk(operator: string, picture: { shifts?: Shift[]; handovers?: Handover[] }) {
  const sent: SeatCommandInput[] = [];
  const view = render(
    <>
      <ShiftBar />
      <DeskDialogs />
    </>,
  );
  act(() => {
    watchfloorStore.getState().applySnapshot(snapshot(picture));
    watchfloorStore.setState({ identity: { operator, displayName: operator, seat: 'desk-1', role: 'guard' } });
    watchfloorStore.getState().setCommandSender((command) => {
      sent.push(command);
      return Promise.resolve({ ok: true });
    });
  });
  return { ...view, sent };
}

describe('shifts at the desk', () => {
  it('keeps open shifts and pending handovers from the snapshot, and drops them as deltas end them', () => {
    desk('b.li', { shifts: [shift(1)], handovers: [handover(2)] });
    expect(watchfloorStore.getState().openShifts.map((s) => s.id)).toEqual([1]);
    act(() =>
      watchfloorStore.getState().applyDeltas([
        { seq: 11, kind: 'shift', shift: shift(1, { endedAt: 2_000_000, handoverId: 3 }) },
        { seq: 12, kind: 'shift', shift: shift(5, { operator: 'b.li' }) },
        { seq: 13, kind: 'handover', handover: handover(2, { acknowledgedBy: 'b.li', acknowledgedAt: 2_000_100 }) },
      ]),
    );
    expect(watchfloorStore.getState().openShifts.map((s) => s.id)).toEqual([5]);
    expect(watchfloorStore.getState().pendingHandovers).toEqual([]);
  });

  it("shows the incoming guard the waiting handover and sends the acknowledgement from the keyboard's h", () => {
    const { container, sent } = desk('b.li', { handovers: [handover(2)] });
    expect(container.querySelector('[data-testid="pending-handover"]')?.textContent).toContain(
      'Handover waiting from a.osei at desk-1',
    );
    act(() => runDeskKey({ intent: 'handover' }, watchfloorStore));
    const dialog = document.querySelector('[data-testid="handover-dialog"]');
    expect(dialog?.textContent).toContain('Dock shutter jammed');
    expect(dialog?.textContent).toContain('Dock door (Loading dock)');
    const confirm = document.querySelector<HTMLButtonElement>('[data-testid="acknowledge-handover"]');
    expect(document.activeElement).toBe(confirm);
    act(() => confirm?.click());
    expect(sent).toEqual([{ action: 'acknowledge-handover', handoverId: 2 }]);
  });

  it('does not offer the writer their own handover; h then opens start or end of shift', async () => {
    const { container } = desk('a.osei', { handovers: [handover(2)] });
    expect(container.querySelector('[data-testid="pending-handover"]')).toBeNull();
    act(() => runDeskKey({ intent: 'handover' }, watchfloorStore));
    expect(watchfloorStore.getState().dialog).toEqual({ kind: 'start-shift' });
    act(() => {
      watchfloorStore.getState().closeDialog();
      watchfloorStore.getState().applyDeltas([{ seq: 20, kind: 'shift', shift: shift(7) }]);
    });
    expect(container.querySelector('[data-testid="shift-state"]')?.textContent).toContain('On shift since');
    // The core is not running here: the dialog says the lists could not be loaded, and still takes the note.
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{}', { status: 401 })));
    await act(async () => runDeskKey({ intent: 'handover' }, watchfloorStore));
    expect(watchfloorStore.getState().dialog).toEqual({ kind: 'end-shift', shiftId: 7 });
    await vi.waitFor(() =>
      expect(document.querySelector('[data-testid="end-shift-dialog"]')?.textContent).toContain(
        'Could not load the lists (the console core answered 401)',
      ),
    );
    expect(document.querySelector<HTMLButtonElement>('[data-testid="end-shift-confirm"]')?.disabled).toBe(true);
  });
});
