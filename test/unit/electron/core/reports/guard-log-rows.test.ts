import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGuardLog } from '../../../../../electron/core/reports/guard-log-rows.js';
import { shiftRange } from '../../../../../electron/core/reports/shift-range.js';
import { openStore, type Store } from '../../../../../electron/core/store/store.js';
import { tempDir } from '../../../../support/temp-dir.js';

const H = 3_600_000;
const T0 = Date.UTC(2025, 10, 21, 22);

/** Three shifts at one seat on a real database: 14:00–22:00, 22:00–06:00, 06:00– (still open). */
describe('reading the guard log for a range', () => {
  const dir = tempDir('guard-log');
  let store: Store;
  const ids: number[] = [];

  beforeAll(() => {
    store = openStore(join(dir.path, 'watchfloor.db'));
    const handOver = (operator: string, start: number, end: number, next: string | null) => {
      const shift = store.shifts.start(operator, 'desk-1', start);
      ids.push(shift.id);
      const handover = store.handovers.insert({
        shiftId: shift.id,
        seat: 'desk-1',
        note: `from ${operator}`,
        openAlarms: [],
        openAlarmsNotListed: 0,
        notable: [],
        notableNotListed: 0,
        writtenBy: operator,
        writtenAt: end,
      });
      store.shifts.end(shift, end, handover.id);
      if (next) store.handovers.acknowledge(handover, next, end + 5 * 60_000);
    };
    handOver('day', T0 - 8 * H, T0, 'night');
    handOver('night', T0, T0 + 8 * H, null);
    ids.push(store.shifts.start('morning', 'desk-1', T0 + 8 * H + 60_000).id);
  });
  afterAll(() => {
    store.close();
    dir.remove();
  });

  it("gives a shift both the handover it received and the one it wrote, and not the previous shift's others", () => {
    const night = shiftRange(store.db, ids[1] ?? 0, T0 + 9 * H);
    expect(night).toEqual({ ok: true, from: T0, to: T0 + 8 * H + 1 });
    if (!night.ok) return;
    const log = readGuardLog(store.db, night.from, night.to);
    expect(log.handovers.map((h) => h.note)).toEqual(['from day', 'from night']);
    expect(log.tooMany).toBeNull();
  });

  it('runs an open shift to now, and knows no unknown shift', () => {
    expect(shiftRange(store.db, ids[2] ?? 0, T0 + 10 * H)).toEqual({
      ok: true,
      from: T0 + 8 * H + 60_000,
      to: T0 + 10 * H + 1,
    });
    expect(shiftRange(store.db, 999, T0)).toEqual({ ok: false, reason: 'there is no shift 999' });
  });
});
