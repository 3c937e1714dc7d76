import { z } from 'zod';

/**
 * The drill a message belongs to (docs/drills.md): the console's drill id, set by the simulator
 * when it plays a training scenario. Alarms raised from such traffic are drill alarms, kept apart
 * from real ones; a device that never drills simply leaves it out.
 */
export const drillMarkSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
