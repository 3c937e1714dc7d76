import { z } from 'zod';
import { topicIdSchema } from '../contract/ids.js';
import type { DeviceType } from './site.js';

/** An inspection visits devices that misbehaved; a patrol visits chosen checkpoints. */
export const WALKTHROUGH_GOALS = ['inspection', 'patrol'] as const;
export type WalkthroughGoal = (typeof WALKTHROUGH_GOALS)[number];

/** Why a stop is on the route, one code per suggestion rule (docs/walkthrough.md). */
export const REASON_CODES = [
  'camera-trouble',
  'door-trouble',
  'false-alarms',
  'offline',
  'silent',
  'unplaced',
  'checkpoint',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const MAX_WALKTHROUGH_DAYS = 92;

/** A walk can be planned over this many checkpoints at most; longer rounds are split by floor. */
export const MAX_CHECKPOINTS = 200;

/** What a planner asks for, from the CLI or the HTTP query. */
export const walkthroughRequestSchema = z.strictObject({
  goal: z.enum(WALKTHROUGH_GOALS).default('inspection'),
  building: topicIdSchema.optional(),
  /** Empty: every floor of the building (or of the site). */
  floors: z.array(topicIdSchema).max(200).default([]),
  /** Look-back window of the suggestion rules, ending now. */
  days: z.number().int().min(1).max(MAX_WALKTHROUGH_DAYS).default(7),
  /** Patrol: the checkpoints (tag-reader device ids) to visit. Empty: every tag reader in scope. */
  checkpoints: z.array(topicIdSchema).max(MAX_CHECKPOINTS).default([]),
  walkingSpeedMps: z.number().min(0.2).max(5).default(1.2),
  /** Time spent at each stop (looking, testing, ticking the card). */
  dwellS: z.number().min(0).max(3600).default(60),
});
export type WalkthroughRequest = z.output<typeof walkthroughRequestSchema>;

/** A comma-separated list of ids in a query string: `floors=g,1`. */
const idList = z
  .string()
  .max(20_000)
  .transform((text) => text.split(',').filter((id) => id !== ''));

/**
 * `GET /api/walkthrough?goal&building&floors&days&checkpoints&speed&dwell&format`: strings in,
 * the request's own checks applied after (walkthroughRequestSchema).
 */
export const walkthroughQuerySchema = z.strictObject({
  goal: z.string().optional(),
  building: z.string().optional(),
  floors: idList.optional(),
  days: z.coerce.number().optional(),
  checkpoints: idList.optional(),
  speed: z.coerce.number().optional(),
  dwell: z.coerce.number().optional(),
  format: z.enum(['json', 'pdf']).default('json'),
});
export type WalkthroughQuery = z.output<typeof walkthroughQuerySchema>;

/** The request a query asks for, field names as in walkthroughRequestSchema. */
export const requestFromQuery = ({ goal, building, floors, days, checkpoints, speed, dwell }: WalkthroughQuery) => ({
  goal,
  building,
  floors,
  days,
  checkpoints,
  walkingSpeedMps: speed,
  dwellS: dwell,
});

export type StopReason = {
  code: ReasonCode;
  /** For the card: "camera video-loss 3× in 7 days, last Tue 18 Nov 02:14". */
  text: string;
  count: number | null;
  lastAt: number | null;
};

export type PlanPoint = { floorId: string; x: number; y: number };

/** A change of floor on the way to a stop. */
export type ConnectorRide = { connectorId: string; name: string; fromFloorId: string; toFloorId: string };

/** How the walker gets from the previous stop (or the start) to this one. */
export type WalkthroughLeg = {
  walkM: number;
  seconds: number;
  /** Corners of the walk, floor by floor: the start, connector entrances, the stop. */
  path: PlanPoint[];
  rides: ConnectorRide[];
  /** The floors are linked by no connector of the site: the leg's cost is a stated assumption. */
  assumed: boolean;
};

export type WalkthroughStop = {
  order: number;
  deviceId: string;
  name: string;
  type: DeviceType | null;
  /** null for a device heard in traffic but not placed on any plan: listed last, not routed. */
  floorId: string | null;
  x: number | null;
  y: number | null;
  reasons: StopReason[];
  leg: WalkthroughLeg | null;
};

export type WalkthroughPlan = {
  site: { id: string; name: string; timezone: string };
  goal: WalkthroughGoal;
  buildingId: string | null;
  floorIds: string[];
  days: number;
  window: { from: number; to: number };
  generatedAt: number;
  start: (PlanPoint & { label: string }) | null;
  stops: WalkthroughStop[];
  /** Metres walked on the floors; stairs and lift rides count in the time, not here. */
  totalDistanceM: number;
  /** Walking, connector rides and dwell at every routed stop. */
  estimatedDurationS: number;
  walkingSpeedMps: number;
  dwellS: number;
  warnings: string[];
};

/** "1 h 05 min", "42 min", "under a minute": how long a walk takes, for the card and the screen. */
export function durationText(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** "1.2 km", "340 m". */
export const distanceText = (metres: number): string =>
  metres >= 1000 ? `${(metres / 1000).toFixed(1)} km` : `${Math.round(metres)} m`;

/** The walk's pieces on one floor: consecutive corners of each leg that lie on this floor. */
export function floorSegments(plan: Pick<WalkthroughPlan, 'stops'>, floorId: string): [PlanPoint, PlanPoint][] {
  return plan.stops.flatMap((stop) => {
    const path = stop.leg?.path ?? [];
    return path.slice(1).flatMap((to, index): [PlanPoint, PlanPoint][] => {
      const from = path[index];
      return from && from.floorId === floorId && to.floorId === floorId ? [[from, to]] : [];
    });
  });
}
