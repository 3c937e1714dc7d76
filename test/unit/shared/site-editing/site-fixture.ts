import type { Site } from '../../../../shared/domain/site.js';

/** Two floors of 100 × 50 m, one zone outline, one device per floor, a stair between them. */
export const site: Site = {
  formatVersion: 1,
  id: 's',
  name: 'S',
  timezone: 'UTC',
  buildings: [
    {
      id: 'b',
      name: 'B',
      floors: [
        { id: 'g', name: 'G', level: 0, plan: 'g.png', widthM: 100, heightM: 50 },
        { id: 'f1', name: 'F1', level: 1, plan: 'f.png', widthM: 100, heightM: 50 },
      ],
    },
  ],
  zones: [
    {
      id: 'z',
      name: 'Z',
      floorId: 'g',
      polygon: [
        [0, 0],
        [10, 0],
        [10, 10],
      ],
    },
  ],
  devices: [
    { id: 'd1', name: 'D1', type: 'door', floorId: 'g', x: 40, y: 20 },
    { id: 'd2', name: 'D2', type: 'door', floorId: 'f1', x: 40, y: 20 },
  ],
  connectors: [
    {
      id: 'st',
      name: 'Stair',
      kind: 'stairs',
      secondsPerLevel: 20,
      stops: [
        { floorId: 'g', x: 5, y: 5 },
        { floorId: 'f1', x: 5, y: 5 },
      ],
    },
  ],
};
