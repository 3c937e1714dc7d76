import type { Connector, ConnectorKind, ConnectorStop, Site } from '../domain/site.js';
import { freshId } from './site-ids.js';

export type NewConnector = {
  name: string;
  kind: ConnectorKind;
  secondsPerLevel: number;
  waitS?: number | undefined;
  stops: ConnectorStop[];
};

/**
 * Adds stairs or a lift between floors: one stop per floor (a floor named twice keeps its last
 * stop), at least two floors, walking cost per level travelled. Too few floors: unchanged.
 */
export function addConnector(site: Site, draft: NewConnector): Site {
  const byFloor = new Map(draft.stops.map((stop) => [stop.floorId, stop]));
  if (byFloor.size < 2) return site;
  const connectors = site.connectors ?? [];
  const connector: Connector = {
    id: freshId(
      draft.name,
      connectors.map((candidate) => candidate.id),
      'connector',
    ),
    name: draft.name,
    kind: draft.kind,
    stops: [...byFloor.values()],
    secondsPerLevel: draft.secondsPerLevel,
    ...(draft.waitS ? { waitS: draft.waitS } : {}),
  };
  return { ...site, connectors: [...connectors, connector] };
}

/** Moves (or adds) a connector's stop on one floor. */
export function setConnectorStop(site: Site, connectorId: string, stop: ConnectorStop): Site {
  return {
    ...site,
    connectors: (site.connectors ?? []).map((connector) =>
      connector.id === connectorId
        ? {
            ...connector,
            stops: connector.stops.some((candidate) => candidate.floorId === stop.floorId)
              ? connector.stops.map((candidate) => (candidate.floorId === stop.floorId ? stop : candidate))
              : [...connector.stops, stop],
          }
        : connector,
    ),
  };
}

export function removeConnector(site: Site, connectorId: string): Site {
  return { ...site, connectors: (site.connectors ?? []).filter((connector) => connector.id !== connectorId) };
}
