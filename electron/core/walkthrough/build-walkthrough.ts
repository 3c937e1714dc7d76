import type { Checkpoint } from '../../../shared/domain/patrol.js';
import type { Site } from '../../../shared/domain/site.js';
import type { WalkthroughPlan, WalkthroughRequest } from '../../../shared/domain/walkthrough.js';
import type { AttentionQueries } from './attention-queries.js';
import { planWalkthrough } from './plan-walkthrough.js';
import { suggestStops } from './suggest-stops.js';

const DAY_MS = 86_400_000;

export type WalkthroughSource = { queries: AttentionQueries; site: Site; checkpoints: readonly Checkpoint[] };

/** The walkthrough as of `now`: reads the database for an inspection, then plans. Used by the CLI and the API. */
export function buildWalkthrough(source: WalkthroughSource, request: WalkthroughRequest, now: number): WalkthroughPlan {
  const { site, queries, checkpoints } = source;
  const suggestions =
    request.goal === 'inspection'
      ? suggestStops(
          site,
          queries.read({ siteId: site.id, from: now - request.days * DAY_MS, to: now }),
          now,
          request.days,
        )
      : [];
  return planWalkthrough({ site, request, now, suggestions, checkpoints });
}
