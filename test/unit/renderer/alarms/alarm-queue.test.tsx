// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { AlarmQueue } from '../../../../renderer/alarms/AlarmQueue.js';
import { installDeskKeys } from '../../../../renderer/keyboard/install-desk-keys.js';
import { watchfloorStore } from '../../../../renderer/store/store.js';
import { alarm, alarmDelta, device, incident, snapshot } from '../builders.js';
import { act, cleanup, render } from '../render.js';

const rows = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('[data-alarm-id]')];
const key = (target: EventTarget, value: string) =>
  act(() => target.dispatchEvent(new KeyboardEvent('keydown', { key: value, bubbles: true, cancelable: true })));

let uninstallKeys = () => {};
afterEach(() => {
  uninstallKeys();
  cleanup();
});

describe('AlarmQueue', () => {
  it('says so when there is nothing to do', () => {
    const { container } = render(<AlarmQueue />);
    expect(container.textContent).toContain('No open alarms');
  });

  it('lists open alarms by priority then age, in words a guard uses', () => {
    const { container } = render(<AlarmQueue />);
    act(() =>
      watchfloorStore.getState().applySnapshot(
        snapshot({
          alarms: [
            alarm(1, { priority: 3, raisedAt: 10, condition: 'device-offline', category: 'trouble' }),
            alarm(2, { priority: 1, raisedAt: 30, count: 4 }),
            alarm(3, { priority: 1, raisedAt: 20, deviceId: 'cam-g-1', condition: 'camera-video-loss' }),
          ],
        }),
      ),
    );
    expect(rows(container).map((row) => row.dataset.alarmId)).toEqual(['3', '2', '1']);
    const [first, second] = rows(container);
    expect(first?.dataset.condition).toBe('camera-video-loss');
    expect(first?.textContent).toContain('Camera video loss');
    expect(first?.textContent).toContain('Lobby camera');
    expect(first?.textContent).toContain('P1');
    expect(second?.textContent).toContain('×4');
    expect(second?.textContent).toContain('Ground · Lobby');
  });

  it('selects an alarm on click or with the desk keys, and takes the map to its floor', () => {
    const { container } = render(<AlarmQueue />);
    uninstallKeys = installDeskKeys(watchfloorStore, window);
    act(() => {
      watchfloorStore.getState().applySnapshot(snapshot({ alarms: [alarm(1), alarm(2, { deviceId: 'pir-1-1' })] }));
    });
    const pirRow = container.querySelector<HTMLElement>('[data-device-id="pir-1-1"]');
    act(() => pirRow?.click());
    expect(watchfloorStore.getState()).toMatchObject({
      selectedAlarmId: 2,
      selectedDeviceId: 'pir-1-1',
      selectedFloorId: 'first',
      mapFocus: { deviceId: 'pir-1-1', nonce: 1 },
    });

    const doorRow = container.querySelector<HTMLElement>('[data-device-id="door-g-lobby"]');
    key(document.body, 'k');
    expect(watchfloorStore.getState()).toMatchObject({ selectedAlarmId: 1, selectedFloorId: 'ground' });
    expect(doorRow?.getAttribute('aria-current')).toBe('true');
    expect(document.activeElement).toBe(doorRow); // focus follows the cursor
    key(doorRow ?? document.body, 'Enter');
    expect(watchfloorStore.getState().detailOpen).toBe(true);
  });

  it('never takes keys typed into a text box, or while a dialog is open', () => {
    const { container } = render(<AlarmQueue />);
    uninstallKeys = installDeskKeys(watchfloorStore, window);
    act(() => watchfloorStore.getState().applySnapshot(snapshot({ alarms: [alarm(1)] })));
    const input = document.createElement('input');
    container.append(input);
    key(input, 'j');
    expect(watchfloorStore.getState().selectedAlarmId).toBeNull();
    act(() => watchfloorStore.getState().openDialog({ kind: 'shortcuts' }));
    key(document.body, 'j');
    expect(watchfloorStore.getState().selectedAlarmId).toBeNull();
    act(() => watchfloorStore.getState().closeDialog());
    key(document.body, 'j');
    expect(watchfloorStore.getState().selectedAlarmId).toBe(1);
  });

  it('shows an incident as one line with a count, and its alarms when expanded', () => {
    const { container } = render(<AlarmQueue />);
    act(() =>
      watchfloorStore.getState().applySnapshot(
        snapshot({
          alarms: [alarm(1, { incidentId: 3 }), alarm(2, { incidentId: 3, deviceId: 'cam-g-1' }), alarm(4)],
          incidents: [incident(3, [1, 2])],
        }),
      ),
    );
    const line = container.querySelector<HTMLElement>('[data-testid="incident-row"]');
    expect(line?.textContent).toContain('Incident · 2 alarms');
    expect(line?.textContent).toContain('2 unacknowledged');
    expect(rows(container).map((row) => row.dataset.alarmId)).toEqual(['4']);
    act(() => line?.click());
    expect(rows(container).map((row) => row.dataset.alarmId)).toEqual(['1', '2', '4']);
    expect(container.querySelector('[data-testid="queue-count"]')?.textContent).toBe('3');
  });

  it('shows the response clock, the owner, occurrences and hygiene flags on a row', () => {
    const { container } = render(<AlarmQueue />);
    const now = Date.now();
    act(() =>
      watchfloorStore.getState().applySnapshot(
        snapshot({
          serverTime: now,
          alarms: [
            alarm(1, {
              raisedAt: now - 70_000,
              targets: { acknowledgeS: 60, resolveS: 1800 },
              escalatedAt: now - 10_000,
              chattering: true,
              count: 3,
            }),
            alarm(2, {
              state: 'acknowledged-active',
              raisedAt: now - 5_000,
              owner: { operator: 'J. Osei', seat: 'desk-2', since: now },
              deviceId: 'cam-g-1',
            }),
          ],
        }),
      ),
    );
    const [late, owned] = rows(container);
    expect(late?.textContent).toMatch(/Ack 0:(09|10) late/); // the shared ticker may lag by under a second
    expect(late?.textContent).toContain('Escalated');
    expect(late?.textContent).toContain('Chattering — consider shelving');
    expect(late?.textContent).toContain('×3');
    expect(late?.className).toContain('alarm-row--escalated');
    expect(owned?.textContent).toMatch(/Resolve in 29:5\d/);
    expect(owned?.textContent).toContain('Acknowledged · J. Osei');
    expect(owned?.dataset.owner).toBe('J. Osei');
  });

  it('lists shelved alarms and out-of-service devices apart, and says what filters hide', () => {
    const { container } = render(<AlarmQueue />);
    act(() => {
      watchfloorStore.getState().applySnapshot(
        snapshot({
          alarms: [
            alarm(1, { shelved: { by: 'J. Osei', reason: 'sensor fault', at: 0, until: 4_000_000 } }),
            alarm(2, { priority: 3 }),
            alarm(3, { priority: 1, deviceId: 'cam-g-1' }),
          ],
          devices: [
            device('pir-1-1', { outOfService: { by: 'J. Osei', reason: 'repainting', since: 0, until: null } }),
          ],
        }),
      );
      watchfloorStore.getState().setFilters({ priorities: [1], categories: [], floors: [] });
    });
    expect(container.querySelector('[data-testid="shelved-section"]')?.textContent).toContain('Shelved (1)');
    expect(container.querySelector('[data-testid="shelved-section"]')?.textContent).toContain('sensor fault');
    expect(container.querySelector('[data-testid="out-of-service-section"]')?.textContent).toContain('repainting');
    expect(container.querySelector('[data-testid="hidden-by-filters"]')?.textContent).toContain('1 more hidden');
    expect(container.querySelector('[data-testid="filter-p1"]')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('raises the flood banner past 10 alarms in 10 minutes', () => {
    const { container } = render(<AlarmQueue />);
    const now = Date.now();
    const many = (n: number) => Array.from({ length: n }, (_, i) => alarm(i + 1, { raisedAt: now - i * 1_000 }));
    act(() => watchfloorStore.getState().applySnapshot(snapshot({ serverTime: now, alarms: many(10) })));
    expect(container.querySelector('[data-testid="flood-banner"]')).toBeNull();
    act(() => watchfloorStore.getState().applySnapshot(snapshot({ serverTime: now, alarms: many(11) })));
    expect(container.querySelector('[data-testid="flood-banner"]')?.textContent).toContain('11 alarms');
  });

  it('marks a row pending while its command is on the way', () => {
    const { container } = render(<AlarmQueue />);
    act(() => {
      watchfloorStore.getState().applySnapshot(snapshot({ alarms: [alarm(1)] }));
      watchfloorStore.setState({ pending: new Map([[1, 'acknowledge']]) });
    });
    expect(rows(container)[0]?.dataset.pending).toBe('acknowledge');
    expect(rows(container)[0]?.textContent).toContain('Acknowledging…');
  });

  it('drops a row when its alarm is resolved', () => {
    const { container } = render(<AlarmQueue />);
    act(() => watchfloorStore.getState().applySnapshot(snapshot({ seq: 1, alarms: [alarm(1), alarm(2)] })));
    act(() => watchfloorStore.getState().applyDeltas([alarmDelta(2, alarm(1, { state: 'resolved' }))]));
    expect(rows(container).map((row) => row.dataset.alarmId)).toEqual(['2']);
  });
});
