import type { Checkpoint } from '../../../shared/domain/patrol.js';
import type { DeviceType, Site } from '../../../shared/domain/site.js';
import type { StopReason } from '../../../shared/domain/walkthrough.js';
import type { Suggestion } from './suggest-stops.js';
import { WalkthroughRequestError, type WalkthroughScope } from './walkthrough-scope.js';

/** Something to visit before it is ordered; `floorId` null when nobody knows where it is. */
export type Candidate = {
  deviceId: string;
  name: string;
  type: DeviceType | null;
  floorId: string | null;
  x: number | null;
  y: number | null;
  reasons: StopReason[];
};

/**
 * Suggested devices on the scope's floors, plus devices heard but never placed when the walk
 * covers whole buildings (an unplaced device could be on any floor; on a single-floor walk it is noise).
 */
export function inspectionCandidates(
  site: Site,
  scope: WalkthroughScope,
  suggestions: readonly Suggestion[],
  wholeBuildings: boolean,
): Candidate[] {
  const inScope = new Set(scope.floors.map((floor) => floor.id));
  const devices = new Map(site.devices.map((device) => [device.id, device]));
  return suggestions.flatMap(({ deviceId, reasons }): Candidate[] => {
    const device = devices.get(deviceId);
    if (!device)
      return wholeBuildings ? [{ deviceId, name: deviceId, type: null, floorId: null, x: null, y: null, reasons }] : [];
    if (!inScope.has(device.floorId)) return [];
    const { name, type, floorId, x, y } = device;
    return [{ deviceId, name, type, floorId, x, y, reasons }];
  });
}

/**
 * Patrol stops: the named checkpoints (from the patrol plan, or tag-reader devices of the site), or
 * without names every checkpoint on the scope's floors.
 */
export function patrolCandidates(
  site: Site,
  scope: WalkthroughScope,
  checkpoints: readonly Checkpoint[],
  chosen: readonly string[],
): Candidate[] {
  const inScope = new Set(scope.floors.map((floor) => floor.id));
  const tagReaders: Checkpoint[] = site.devices
    .filter((device) => device.type === 'tag-reader')
    .map(({ id, name, floorId, x, y }) => ({ id, name, floorId, x, y }));
  const known = checkpoints.length > 0 ? checkpoints : tagReaders;
  const byId = new Map([...tagReaders, ...checkpoints].map((checkpoint) => [checkpoint.id, checkpoint]));
  const picked =
    chosen.length === 0
      ? known.filter((checkpoint) => inScope.has(checkpoint.floorId))
      : chosen.map((id) => {
          const checkpoint = byId.get(id);
          if (!checkpoint) throw new WalkthroughRequestError('checkpoints', `no checkpoint or tag reader "${id}"`);
          if (!inScope.has(checkpoint.floorId))
            throw new WalkthroughRequestError(
              'checkpoints',
              `checkpoint "${id}" is on floor "${checkpoint.floorId}", outside the walk`,
            );
          return checkpoint;
        });
  return picked.map(({ id, name, floorId, x, y }) => ({
    deviceId: id,
    name,
    type: 'tag-reader',
    floorId,
    x,
    y,
    reasons: [{ code: 'checkpoint', text: `patrol checkpoint ${id}: scan the tag`, count: null, lastAt: null }],
  }));
}
