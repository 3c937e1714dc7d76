import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../../shared/domain/notice.js';
import { createWatchfloorStore } from '../../../../renderer/store/store.js';
import { alarm, alarmDelta, incident, incidentDelta, snapshot } from '../builders.js';
import { signInAs } from '../sign-in-as.js';

const notice = (kind: Notice['kind'], audience: Notice['audience']): Notice => ({
  at: 5,
  kind,
  audience,
  alarmId: 1,
  message: kind === 'escalation' ? 'P1 door forced at door-g-dock not acknowledged after 30 s' : 'back in the queue',
});

function liveStore(role: 'guard' | 'supervisor') {
  const store = createWatchfloorStore();
  signInAs(store, 'A', role, 'desk-a');
  store.getState().applySnapshot(snapshot({ seq: 10, alarms: [alarm(1)], incidents: [incident(3, [1])] }));
  return store;
}

describe('desk deltas', () => {
  it('keep open incidents and drop closed ones', () => {
    const store = liveStore('guard');
    store.getState().applyDeltas([incidentDelta(11, incident(4, [2, 5]))]);
    expect([...store.getState().incidents.keys()]).toEqual([3, 4]);
    store.getState().applyDeltas([incidentDelta(12, incident(3, [1], { closedAt: 9 }))]);
    expect([...store.getState().incidents.keys()]).toEqual([4]);
  });

  it('tell supervisors about escalations and everyone about unshelved alarms, once each', () => {
    const guard = liveStore('guard');
    const supervisor = liveStore('supervisor');
    const deltas = [
      { seq: 11, kind: 'notice' as const, notice: notice('escalation', 'supervisor') },
      { seq: 12, kind: 'notice' as const, notice: notice('unshelved', 'all') },
    ];
    for (const store of [guard, supervisor]) {
      store.getState().applyDeltas(deltas);
      store.getState().applyDeltas(deltas); // a replay changes nothing
    }
    expect(guard.getState().toasts.map((t) => t.kind)).toEqual(['unshelved']);
    expect(supervisor.getState().toasts).toMatchObject([
      { kind: 'escalation', message: 'P1 door forced at door-g-dock not acknowledged after 30 s', alarmId: 1 },
      { kind: 'unshelved' },
    ]);
  });

  it('count newly raised alarms for the flood meter, once each', () => {
    const store = liveStore('guard');
    expect([...store.getState().recentRaises.keys()]).toEqual([1]);
    store.getState().applyDeltas([alarmDelta(11, alarm(2)), alarmDelta(12, alarm(2, { count: 2 }))]);
    expect([...store.getState().recentRaises.keys()]).toEqual([1, 2]);
  });

  it('close the detail when its alarm is resolved elsewhere', () => {
    const store = liveStore('guard');
    store.getState().selectAlarm(1);
    store.getState().openDetail();
    store.getState().applyDeltas([alarmDelta(11, alarm(1, { state: 'resolved' }))]);
    expect(store.getState()).toMatchObject({ selectedAlarmId: null, detailOpen: false });
  });
});
