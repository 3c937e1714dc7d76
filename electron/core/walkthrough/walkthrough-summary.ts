import { distanceText, durationText, type WalkthroughPlan } from '../../../shared/domain/walkthrough.js';

/** One line for the terminal: what the walk covers and what it costs. */
export function walkthroughSummary(plan: WalkthroughPlan): string {
  const unplaced = plan.stops.filter((stop) => stop.floorId === null).length;
  const routed = plan.stops.length - unplaced;
  const from = plan.start ? ` from the ${plan.start.label.toLowerCase()}` : '';
  return (
    `${plan.site.name}, ${plan.goal} of ${plan.floorIds.length} floor(s): ${routed} stops${from}, ` +
    `${distanceText(plan.totalDistanceM)}, about ${durationText(plan.estimatedDurationS)}` +
    (unplaced > 0 ? `; ${unplaced} unplaced devices listed without a route` : '')
  );
}
