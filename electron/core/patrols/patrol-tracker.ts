import type { Database } from 'better-sqlite3';
import type { Checkpoint, PatrolPlan, Tour, TourRun } from '../../../shared/domain/patrol.js';
import { isRunOver, tourLengthMin } from '../../../shared/domain/patrol.js';
import { patrolRuns, type PatrolRuns } from '../store/patrol-runs.js';
import { advanceRun, planRun, scanRun, type PatrolFinding, type RunStep, type Scan } from './tour-run.js';
import { nextRunStart } from './tour-schedule.js';

export type PatrolOutcome = { runs: TourRun[]; findings: PatrolFinding[] };

/**
 * The tours being walked now: per tour its current run (scheduled or in progress) and the one
 * before it, so a just-finished tour stays on the map. Every change is saved in the caller's
 * transaction; scans come from the checkpoint channel, time from the desk's clock.
 */
export class PatrolTracker {
  private readonly runs: PatrolRuns;
  private readonly current = new Map<string, TourRun>();
  private readonly previous = new Map<string, TourRun>();
  private readonly checkpoints: ReadonlyMap<string, Checkpoint>;

  constructor(
    db: Database,
    readonly siteId: string,
    readonly timezone: string,
    readonly plan: PatrolPlan,
  ) {
    this.runs = patrolRuns(db);
    this.checkpoints = new Map(plan.checkpoints.map((checkpoint) => [checkpoint.id, checkpoint]));
    this.reload();
  }

  checkpoint(id: string): Checkpoint | undefined {
    return this.checkpoints.get(id);
  }

  /** Current and previous run of every tour, for the snapshot. */
  liveRuns(): TourRun[] {
    return [...this.previous.values(), ...this.current.values()];
  }

  /** Starts runs that are due, marks checkpoints missed, and plans each tour's next run. */
  tick(now: number): PatrolOutcome {
    const outcome: PatrolOutcome = { runs: [], findings: [] };
    for (const tour of this.plan.tours) {
      const run = this.current.get(tour.id) ?? this.planNext(tour, now - tourLengthMin(tour) * 60_000, now, outcome);
      this.apply(tour, advanceRun(run, now), now, outcome);
    }
    return outcome;
  }

  /** A tag scanned: applied to the current run of every tour that visits that checkpoint. */
  scan(scan: Scan): PatrolOutcome {
    const outcome: PatrolOutcome = { runs: [], findings: [] };
    for (const tour of this.plan.tours) {
      const run = this.current.get(tour.id);
      if (!run || !tour.checkpoints.some((stop) => stop.checkpoint === scan.checkpoint)) continue;
      this.apply(tour, scanRun(run, tour.inOrder, scan), scan.at, outcome);
    }
    return outcome;
  }

  /** What is committed; also how a rolled-back transaction's changes are forgotten. */
  reload(): void {
    this.current.clear();
    this.previous.clear();
    for (const tour of this.plan.tours) {
      const [latest, before] = this.runs.latest(this.siteId, tour.id, 2);
      if (latest && !isRunOver(latest)) this.current.set(tour.id, latest);
      const finished = latest && isRunOver(latest) ? latest : before;
      if (finished) this.previous.set(tour.id, finished);
    }
  }

  private apply(tour: Tour, step: RunStep, now: number, outcome: PatrolOutcome): void {
    outcome.findings.push(...step.findings);
    if (!step.changed) return;
    this.save(step.run, outcome);
    if (!isRunOver(step.run)) {
      this.current.set(tour.id, step.run);
      return;
    }
    this.previous.set(tour.id, step.run);
    // Runs that would already be over (the console was down through them) are not invented afterwards.
    const after = Math.max(step.run.startAt, now - tourLengthMin(tour) * 60_000);
    this.planNext(tour, after, now, outcome);
  }

  /**
   * Plans the tour's first run starting after `after` and after its last known run. A console with
   * no runs of the tour yet tracks from now on: it cannot know what was scanned before it existed.
   */
  private planNext(tour: Tour, after: number, now: number, outcome: PatrolOutcome): TourRun {
    const latest = this.previous.get(tour.id);
    const from = latest ? Math.max(after, latest.startAt) : Math.max(after, now - 1);
    const run = planRun(tour, this.siteId, nextRunStart(tour, this.timezone, from));
    this.current.set(tour.id, run);
    this.save(run, outcome);
    return run;
  }

  private save(run: TourRun, outcome: PatrolOutcome): void {
    this.runs.save(run);
    const index = outcome.runs.findIndex((each) => each.id === run.id);
    if (index >= 0) outcome.runs[index] = run;
    else outcome.runs.push(run);
  }
}
