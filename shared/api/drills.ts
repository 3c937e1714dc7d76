import { z } from 'zod';

/**
 * The simulator scenarios a drill can play (fixtures/simulator/scenario-names.ts; a unit test keeps
 * the two lists equal, since the renderer may not import the simulator).
 */
export const DRILL_SCENARIOS = [
  'normal-day',
  'night-intrusion',
  'alarm-flood',
  'camera-outage',
  'missed-patrol',
] as const;
export type DrillScenario = (typeof DRILL_SCENARIOS)[number];

/** POST /api/drills */
export const startDrillRequestSchema = z.strictObject({
  scenario: z.enum(DRILL_SCENARIOS),
  /** Time multiplier of the scenario, as `watchfloor simulate --speed`. */
  speed: z.number().positive().max(100).default(1),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
});
export type StartDrillRequest = z.input<typeof startDrillRequestSchema>;

/** One training drill: who started it, what it plays, and how it ended. */
export type Drill = {
  id: number;
  scenario: DrillScenario;
  speed: number;
  seed: number;
  startedBy: string;
  startedAt: number;
  endedBy: string | null;
  endedAt: number | null;
  /** 'ended by supervisor', 'time limit', 'console stopped', or why the simulator could not start. */
  endReason: string | null;
};

export const isDrillRunning = (drill: Pick<Drill, 'endedAt'>): boolean => drill.endedAt === null;
