import { describe, expect, it } from 'vitest';
import type { PatrolPlan, TourRun } from '../../../../shared/domain/patrol.js';
import { shownTour } from '../../../../renderer/patrols/patrol-selectors.js';
import { checkpointLook, runToShow, withRun } from '../../../../renderer/patrols/tour-runs.js';
import { createWatchfloorStore } from '../../../../renderer/store/store.js';
import { snapshot } from '../builders.js';

const plan: PatrolPlan = {
  formatVersion: 1,
  checkpoints: [
    { id: 'dock', name: 'Dock', floorId: 'g', x: 1, y: 1 },
    { id: 'lobby', name: 'Lobby', floorId: 'g', x: 5, y: 1 },
  ],
  tours: [
    {
      id: 'day',
      name: 'Day',
      schedule: ['12:00'],
      inOrder: false,
      checkpoints: [{ checkpoint: 'dock', dueMin: 2, graceMin: 2 }],
    },
    {
      id: 'night',
      name: 'Night',
      schedule: ['22:00'],
      inOrder: true,
      checkpoints: [
        { checkpoint: 'dock', dueMin: 2, graceMin: 2 },
        { checkpoint: 'lobby', dueMin: 4, graceMin: 2 },
      ],
    },
  ],
};

const run = (tourId: string, startAt: number, patch: Partial<TourRun> = {}): TourRun => ({
  id: `${tourId}@${startAt}`,
  siteId: 'demo',
  tourId,
  tourName: tourId,
  startAt,
  endAt: startAt + 360_000,
  state: 'in-progress',
  guard: null,
  visits: [
    {
      checkpoint: 'dock',
      dueAt: startAt + 120_000,
      missedAt: startAt + 240_000,
      result: 'pending',
      scannedAt: null,
      guard: null,
    },
    {
      checkpoint: 'lobby',
      dueAt: startAt + 240_000,
      missedAt: startAt + 360_000,
      result: 'pending',
      scannedAt: null,
      guard: null,
    },
  ],
  finishedAt: null,
  version: 1,
  ...patch,
});

describe('patrol runs in a seat', () => {
  it('keeps two runs per tour and shows the one being walked, else the last walked, else the next', () => {
    let runs = withRun({}, run('night', 1, { state: 'incomplete' }));
    runs = withRun(runs, run('night', 2, { state: 'scheduled' }));
    expect(runToShow(runs, 'night')?.startAt).toBe(1);
    runs = withRun(runs, run('night', 2));
    expect(runToShow(runs, 'night')?.startAt).toBe(2);
    runs = withRun(runs, run('night', 3, { state: 'scheduled' }));
    expect(Object.keys(runs).sort()).toEqual(['night@2', 'night@3']);
  });

  it('draws the next checkpoint as due, later ones as waiting, results as they are', () => {
    const walking = run('night', 0);
    expect(checkpointLook(walking, 'dock')).toBe('due');
    expect(checkpointLook(walking, 'lobby')).toBe('waiting');
    const after = run('night', 0);
    after.visits = after.visits.map((visit) =>
      visit.checkpoint === 'dock'
        ? { ...visit, result: 'late' as const, scannedAt: 130_000 }
        : { ...visit, result: 'missed' as const },
    );
    expect([checkpointLook(after, 'dock'), checkpointLook(after, 'lobby'), checkpointLook(after, 'roof')]).toEqual([
      'late',
      'missed',
      'off-tour',
    ]);
  });

  it('takes the plan and runs from the snapshot and each run from a patrol delta', () => {
    const store = createWatchfloorStore();
    store
      .getState()
      .applySnapshot(snapshot({ seq: 1, patrols: { plan, runs: [run('night', 5, { state: 'scheduled' })] } }));
    expect(shownTour(store.getState())?.id).toBe('day');
    store.getState().applyDeltas([{ seq: 2, kind: 'patrol', run: run('night', 5) }]);
    // The tour being walked is shown until a guard picks another.
    expect(shownTour(store.getState())?.id).toBe('night');
    expect(store.getState().patrolRuns['night@5']?.state).toBe('in-progress');
    store.getState().focusTour('day');
    expect(shownTour(store.getState())?.id).toBe('day');
  });
});
