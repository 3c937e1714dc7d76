// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { AlarmQueue } from '../../../../renderer/alarms/AlarmQueue.js';
import { watchfloorStore } from '../../../../renderer/store/store.js';
import { alarm, snapshot } from '../builders.js';
import { act, cleanup, render } from '../render.js';

afterEach(cleanup);

describe('drill alarms on the queue', () => {
  it('carry a DRILL flag, and real alarms none', () => {
    const { container } = render(<AlarmQueue />);
    act(() =>
      watchfloorStore
        .getState()
        .applySnapshot(snapshot({ alarms: [alarm(1), alarm(2, { deviceId: 'pir-1-1', drill: 3 })] })),
    );
    const flagOf = (id: number) => container.querySelector(`[data-alarm-id="${id}"] [data-testid="flag-drill"]`);
    expect(flagOf(2)?.textContent).toBe('DRILL');
    expect(flagOf(2)?.getAttribute('title')).toBe('Training drill 3: not a real alarm');
    expect(flagOf(1)).toBeNull();
  });
});
