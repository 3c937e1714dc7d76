import type { Checkpoint } from '../../../shared/domain/patrol.js';
import type { Site } from '../../../shared/domain/site.js';
import type { PlanPoint, WalkthroughPlan, WalkthroughRequest } from '../../../shared/domain/walkthrough.js';
import { planRoute } from './plan-route.js';
import type { Suggestion } from './suggest-stops.js';
import { walkingNetwork } from './walking-network.js';
import { inspectionCandidates, patrolCandidates, type Candidate } from './walkthrough-candidates.js';
import { securityOffice, walkthroughScope } from './walkthrough-scope.js';

/**
 * Most stops one walk is planned over. Beyond it the stops with the most reasons are kept and the
 * plan says how many were left out: nobody walks 250 stops in one go, so the planner should narrow
 * the floors instead.
 */
export const MAX_ROUTED_STOPS = 250;

export type PlanInput = {
  site: Site;
  request: WalkthroughRequest;
  now: number;
  /** Inspection: what the suggestion rules found. */
  suggestions: readonly Suggestion[];
  /** Patrol: the site's checkpoints (patrol plan); tag readers stand in when there are none. */
  checkpoints: readonly Checkpoint[];
};

type Placed = Candidate & PlanPoint;
const isPlaced = (candidate: Candidate): candidate is Placed =>
  candidate.floorId !== null && candidate.x !== null && candidate.y !== null;

/** A walkthrough: what to visit, in a short walking order from the security office, and how long it takes. */
export function planWalkthrough({ site, request, now, suggestions, checkpoints }: PlanInput): WalkthroughPlan {
  const scope = walkthroughScope(site, request.building, request.floors);
  const candidates =
    request.goal === 'patrol'
      ? patrolCandidates(site, scope, checkpoints, request.checkpoints)
      : inspectionCandidates(site, scope, suggestions, request.floors.length === 0);
  const warnings: string[] = [];
  const placed = candidates.filter(isPlaced).sort((a, b) => b.reasons.length - a.reasons.length);
  if (placed.length > MAX_ROUTED_STOPS) {
    warnings.push(
      `${placed.length - MAX_ROUTED_STOPS} more devices need attention than one walk can plan (${MAX_ROUTED_STOPS}); choose fewer floors`,
    );
    placed.length = MAX_ROUTED_STOPS;
  }
  const start = securityOffice(site, scope);
  const route = planRoute(walkingNetwork(site, request.walkingSpeedMps), placed, start, request.dwellS);
  if (route.stops.some(({ leg }) => leg?.assumed))
    warnings.push('some floors are linked by no stairs or lift in the site file: those legs assume a walk straight up');
  const unplaced = candidates.filter((candidate) => !isPlaced(candidate));
  if (unplaced.length > 0)
    warnings.push(`${unplaced.length} devices are not placed on any plan: listed last, without a route`);
  const stops = [
    ...route.stops.map(({ stop, leg }) => ({ ...stop, leg })),
    ...unplaced.map((candidate) => ({ ...candidate, leg: null })),
  ].map(({ deviceId, name, type, floorId, x, y, reasons, leg }, index) => ({
    order: index + 1,
    deviceId,
    name,
    type,
    floorId,
    x,
    y,
    reasons,
    leg,
  }));
  return {
    site: { id: site.id, name: site.name, timezone: site.timezone },
    goal: request.goal,
    buildingId: scope.buildingId,
    floorIds: scope.floors.map((floor) => floor.id),
    days: request.days,
    window: { from: now - request.days * 86_400_000, to: now },
    generatedAt: now,
    start,
    stops,
    totalDistanceM: route.walkM,
    estimatedDurationS: route.seconds,
    walkingSpeedMps: request.walkingSpeedMps,
    dwellS: request.dwellS,
    warnings,
  };
}
