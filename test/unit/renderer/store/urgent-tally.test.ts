import { describe, expect, it } from 'vitest';
import { ALARM_STATES, PRIORITIES, type Alarm } from '../../../../shared/domain/alarm.js';
import type { LiveDelta } from '../../../../shared/live/delta.js';
import { createRandom, type Random } from '../../../../fixtures/simulator/random.js';
import { isUrgentUnacknowledged } from '../../../../renderer/sound/urgent-alarms.js';
import type { WatchfloorState } from '../../../../renderer/store/state.js';
import { createWatchfloorStore } from '../../../../renderer/store/store.js';
import { alarm, alarmDelta, snapshot } from '../builders.js';

/** One of 20 alarms in a random condition: raised, acknowledged, shelved, escalated, re-raised, closed. */
const randomAlarm = (rng: Random): Alarm =>
  alarm(rng.integer(1, 20), {
    priority: rng.pick(PRIORITIES),
    state: rng.pick(ALARM_STATES),
    shelved: rng.chance(0.15) ? { by: 'J. Osei', reason: 'fault', at: 0, until: 9 } : null,
    escalatedAt: rng.chance(0.2) ? 5 : null,
  });

/** The urgent alarms counted the straightforward way: a scan of every open alarm. */
function scanned(state: WatchfloorState) {
  const urgent = [...state.alarms.values()].filter(isUrgentUnacknowledged);
  return {
    ids: new Set(urgent.map((one) => one.id)),
    waiting: urgent.length,
    escalated: urgent.filter((one) => one.escalatedAt !== null).length,
  };
}

describe('the urgent-alarm tally kept by the reducers', () => {
  it('agrees with a scan after every write, and brings news exactly when an alarm is urgent that was not before the write', () => {
    let newsSeen = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const rng = createRandom(seed);
      const store = createWatchfloorStore();
      let seq = 10;
      store.getState().applySnapshot(snapshot({ seq, alarms: [alarm(1, { priority: 1 })] }));
      for (let write = 0; write < 80; write++) {
        const before = store.getState();
        if (rng.chance(0.05)) {
          seq += 1;
          const alarms = Array.from({ length: rng.integer(0, 8) }, () => randomAlarm(rng));
          store
            .getState()
            .applySnapshot(snapshot({ seq, alarms: [...new Map(alarms.map((a) => [a.id, a])).values()] }));
        } else {
          const deltas: LiveDelta[] = Array.from({ length: rng.integer(1, rng.chance(0.1) ? 90 : 6) }, () =>
            alarmDelta((seq += 1), randomAlarm(rng)),
          );
          store.getState().applyDeltas(deltas);
        }
        const state = store.getState();
        const now = scanned(state);
        const was = scanned(before);
        const where = `seed ${seed}, write ${write}`;
        expect(state.urgentTally.waiting, where).toBe(now.waiting);
        expect(state.urgentTally.escalated, where).toBe(now.escalated);
        const news = [...now.ids].some((id) => !was.ids.has(id));
        expect(state.urgentTally.becameUrgent > before.urgentTally.becameUrgent, where).toBe(news);
        if (news) newsSeen += 1;
      }
    }
    expect(newsSeen).toBeGreaterThan(100);
  });

  it('counts an alarm acknowledged and re-raised within one batch as no news, as a scan before and after would', () => {
    const store = createWatchfloorStore();
    store.getState().applySnapshot(snapshot({ seq: 10, alarms: [alarm(1, { priority: 1 })] }));
    const before = store.getState().urgentTally;
    store
      .getState()
      .applyDeltas([
        alarmDelta(11, alarm(1, { priority: 1, state: 'acknowledged-active' })),
        alarmDelta(12, alarm(1, { priority: 1, state: 'unacknowledged-active' })),
      ]);
    expect(store.getState().urgentTally).toBe(before);
  });
});
