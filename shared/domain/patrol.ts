import { z } from 'zod';
import { topicIdSchema } from '../contract/ids.js';

const name = z.string().min(1).max(120);
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour)');
/** The same bounds as `checkpoint` in a scan payload (device contract v1), so every tag can be planned. */
const tagId = z.string().min(1).max(64);
const DAY_MIN = 24 * 60;

/** A patrol tag on a wall; positions in metres from the floorplan's top-left corner, like devices. */
export const checkpointSchema = z.strictObject({
  id: tagId,
  name,
  floorId: topicIdSchema,
  x: z.number().min(0),
  y: z.number().min(0),
});

export const tourStopSchema = z.strictObject({
  checkpoint: tagId,
  /** Minutes after the tour starts by which the tag should be scanned. */
  dueMin: z.number().int().min(0).max(DAY_MIN),
  /** Minutes after `dueMin` before the checkpoint counts as missed; a scan in between is late. */
  graceMin: z.number().int().min(0).max(240),
});

export const tourSchema = z.strictObject({
  id: topicIdSchema,
  name,
  /** Start times of day in the site's timezone, e.g. ["22:00", "02:00"]. */
  schedule: z.array(clockTime).min(1).max(48),
  checkpoints: z.array(tourStopSchema).min(1).max(200),
  /** Whether a scan ahead of an earlier unscanned checkpoint counts as out of order. */
  inOrder: z.boolean(),
});

const minutesOf = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** How long a run of the tour can last: until its last checkpoint is missed. */
export const tourLengthMin = (tour: Pick<Tour, 'checkpoints'>): number =>
  Math.max(...tour.checkpoints.map((stop) => stop.dueMin + stop.graceMin));

/** Problems inside one tour: unknown or repeated checkpoints, runs that would overlap the next start. */
function tourProblems(tour: Tour, known: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  tour.checkpoints.forEach((stop, index) => {
    if (!known.has(stop.checkpoint))
      problems.push(`checkpoints.${index}.checkpoint: no checkpoint "${stop.checkpoint}"`);
    if (seen.has(stop.checkpoint))
      problems.push(`checkpoints.${index}.checkpoint: "${stop.checkpoint}" is visited twice`);
    seen.add(stop.checkpoint);
  });
  const starts = [...new Set(tour.schedule.map(minutesOf))].sort((a, b) => a - b);
  if (starts.length !== tour.schedule.length) problems.push('schedule: a start time is given twice');
  // A scan must belong to one run of a tour, so a run has to end before the next one starts.
  const gaps = starts.map((start, index) => (starts[index + 1] ?? (starts[0] ?? 0) + DAY_MIN) - start);
  const shortest = Math.min(...gaps);
  if (tourLengthMin(tour) >= shortest) {
    problems.push(`a run lasts ${tourLengthMin(tour)} min (last due + grace) but starts are ${shortest} min apart`);
  }
  return problems;
}

export const patrolPlanSchema = z
  .strictObject({
    formatVersion: z.literal(1),
    checkpoints: z.array(checkpointSchema).max(2000),
    tours: z.array(tourSchema).max(200),
  })
  .superRefine((plan, context) => {
    const report = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path, message });
    const checkpointIds = new Set<string>();
    plan.checkpoints.forEach((checkpoint, index) => {
      if (checkpointIds.has(checkpoint.id)) report(['checkpoints', index, 'id'], `"${checkpoint.id}" is used twice`);
      checkpointIds.add(checkpoint.id);
    });
    const tourIds = new Set<string>();
    plan.tours.forEach((tour, index) => {
      if (tourIds.has(tour.id)) report(['tours', index, 'id'], `"${tour.id}" is used twice`);
      tourIds.add(tour.id);
      for (const problem of tourProblems(tour, checkpointIds)) report(['tours', index], problem);
    });
  });

export type Checkpoint = z.infer<typeof checkpointSchema>;
export type TourStop = z.infer<typeof tourStopSchema>;
export type Tour = z.infer<typeof tourSchema>;
export type PatrolPlan = z.infer<typeof patrolPlanSchema>;

export const EMPTY_PATROL_PLAN: PatrolPlan = { formatVersion: 1, checkpoints: [], tours: [] };

/** What became of one checkpoint in one run of a tour. */
export const CHECKPOINT_RESULTS = ['pending', 'on-time', 'late', 'missed', 'out-of-order'] as const;
export type CheckpointResult = (typeof CHECKPOINT_RESULTS)[number];

/** `incomplete`: over, with at least one checkpoint missed. */
export const TOUR_RUN_STATES = ['scheduled', 'in-progress', 'completed', 'completed-late', 'incomplete'] as const;
export type TourRunState = (typeof TOUR_RUN_STATES)[number];

export type CheckpointVisit = {
  checkpoint: string;
  dueAt: number;
  /** due + grace: unscanned by then, the checkpoint is missed. */
  missedAt: number;
  result: CheckpointResult;
  /** Console receive time of the scan; may be set on a missed checkpoint scanned after it was missed. */
  scannedAt: number | null;
  guard: string | null;
};

/** One run of a tour, from one of its scheduled start times. */
export type TourRun = {
  /** `<tour id>@<start epoch ms>`: one run per tour and start, whoever notices it first. */
  id: string;
  siteId: string;
  tourId: string;
  tourName: string;
  startAt: number;
  /** When the last checkpoint would be missed; the run is over by then at the latest. */
  endAt: number;
  state: TourRunState;
  /** The guard who scanned first. */
  guard: string | null;
  /** In tour order. */
  visits: CheckpointVisit[];
  finishedAt: number | null;
  version: number;
};

export const isRunOver = (run: Pick<TourRun, 'state'>): boolean =>
  run.state === 'completed' || run.state === 'completed-late' || run.state === 'incomplete';

/** What a seat needs to show patrols: the plan (checkpoint positions, tours) and the runs being tracked. */
export type PatrolPicture = { plan: PatrolPlan; runs: TourRun[] };
