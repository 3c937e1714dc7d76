import { describe, expect, it } from 'vitest';
import type { Tour, TourRun } from '../../../../../shared/domain/patrol.js';
import { advanceRun, nextVisit, planRun, scanRun } from '../../../../../electron/core/patrols/tour-run.js';

const START = Date.UTC(2026, 10, 20, 22, 0);
const min = (minutes: number) => START + minutes * 60_000;

const tour = (inOrder: boolean): Tour => ({
  id: 'night',
  name: 'Night patrol',
  schedule: ['22:00'],
  inOrder,
  checkpoints: [
    { checkpoint: 'dock', dueMin: 5, graceMin: 5 },
    { checkpoint: 'lobby', dueMin: 10, graceMin: 5 },
    { checkpoint: 'roof', dueMin: 20, graceMin: 5 },
  ],
});

const scan = (run: TourRun, checkpoint: string, minute: number, inOrder = true) =>
  scanRun(run, inOrder, { checkpoint, guard: 'J. Okafor', at: min(minute) });
const results = (run: TourRun) => run.visits.map((visit) => visit.result);

describe('a tour run', () => {
  it('is scheduled until its start, then in progress with the first checkpoint next', () => {
    const run = planRun(tour(true), 'demo', START);
    expect(run).toMatchObject({ id: `night@${START}`, state: 'scheduled', endAt: min(25) });
    expect(advanceRun(run, min(-1)).changed).toBe(false);
    const started = advanceRun(run, START).run;
    expect(started.state).toBe('in-progress');
    expect(nextVisit(started)).toMatchObject({ checkpoint: 'dock', dueAt: min(5) });
  });

  it('moves along with scans on time and completes when the last checkpoint is scanned', () => {
    let run = advanceRun(planRun(tour(true), 'demo', START), START).run;
    for (const [checkpoint, minute] of [
      ['dock', 4],
      ['lobby', 10],
      ['roof', 18],
    ] as const) {
      const step = scan(run, checkpoint, minute);
      expect(step.findings).toEqual([]);
      run = step.run;
    }
    expect(results(run)).toEqual(['on-time', 'on-time', 'on-time']);
    expect(run).toMatchObject({ state: 'completed', finishedAt: min(18), guard: 'J. Okafor' });
  });

  it('reports a scan after due (within grace) as late, once, and completes late', () => {
    let run = advanceRun(planRun(tour(true), 'demo', START), START).run;
    const late = scan(run, 'dock', 7);
    expect(late.findings).toMatchObject([{ kind: 'late', visit: { checkpoint: 'dock', scannedAt: min(7) } }]);
    run = late.run;
    expect(scan(run, 'dock', 8).findings).toEqual([]);
    run = scan(scan(run, 'lobby', 9).run, 'roof', 19).run;
    expect(results(run)).toEqual(['late', 'on-time', 'on-time']);
    expect(run.state).toBe('completed-late');
  });

  it('marks a checkpoint missed at due + grace, once, and the run incomplete at its end', () => {
    let run = advanceRun(planRun(tour(true), 'demo', START), START).run;
    run = scan(run, 'dock', 3).run;
    expect(advanceRun(run, min(15) - 1).findings).toEqual([]);
    const missed = advanceRun(run, min(15));
    expect(missed.findings).toMatchObject([{ kind: 'missed', at: min(15), visit: { checkpoint: 'lobby' } }]);
    run = missed.run;
    expect(advanceRun(run, min(16)).findings).toEqual([]);
    run = scan(run, 'roof', 19).run;
    expect(results(run)).toEqual(['on-time', 'missed', 'on-time']);
    expect(run).toMatchObject({ state: 'incomplete', finishedAt: min(19) });
  });

  it('keeps a scan of a checkpoint already missed, without undoing the miss', () => {
    const run = advanceRun(planRun(tour(false), 'demo', START), min(11)).run;
    const step = scan(run, 'dock', 12, false);
    expect(step.findings).toEqual([]);
    expect(step.run.visits[0]).toMatchObject({ result: 'missed', scannedAt: min(12) });
  });

  it('calls a scan ahead of an earlier waiting checkpoint out of order when the tour is walked in order', () => {
    const run = advanceRun(planRun(tour(true), 'demo', START), START).run;
    expect(results(scan(run, 'lobby', 4).run)).toEqual(['pending', 'out-of-order', 'pending']);
    expect(results(scan(run, 'lobby', 4, false).run)).toEqual(['pending', 'on-time', 'pending']);
  });

  it('ignores scans before the run starts and of tags that are not on the tour', () => {
    const run = planRun(tour(true), 'demo', START);
    expect(scan(run, 'dock', -2).changed).toBe(false);
    const started = advanceRun(run, START).run;
    expect(scan(started, 'car-park', 1).changed).toBe(false);
  });

  it('misses every checkpoint of a run nobody walked, each once', () => {
    const step = advanceRun(planRun(tour(true), 'demo', START), min(30));
    expect(step.findings.map((finding) => finding.visit.checkpoint)).toEqual(['dock', 'lobby', 'roof']);
    expect(step.run.state).toBe('incomplete');
    expect(advanceRun(step.run, min(31)).changed).toBe(false);
  });
});
