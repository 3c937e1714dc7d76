import type { Alarm } from '../domain/alarm.js';
import type { DeviceState } from '../domain/device-state.js';
import type { BrokerStatus, IngestCounters } from '../domain/health.js';
import type { Site } from '../domain/site.js';
import type { Incident } from '../domain/incident.js';
import type { AlarmPolicy } from '../domain/alarm-policy.js';
import type { PatrolPicture } from '../domain/patrol.js';
import type { Handover, Shift } from '../domain/shift.js';
import type { SiteVersionSummary } from '../site-editing/site-versions.js';

/** Everything a seat needs to draw the console; deltas after `seq` bring it up to date. */
export type Snapshot = {
  /** Changes with every core start: sequence numbers only compare within one epoch. */
  epoch: string;
  seq: number;
  serverTime: number;
  site: Site | null;
  devices: DeviceState[];
  /** Open alarms only; resolved ones are history (GET /api/alarms). */
  alarms: Alarm[];
  /** Open incidents. */
  incidents: Incident[];
  /** SOPs, dispositions that need notes, shelving limits: what the desk UI needs to offer the right choices. */
  policy: AlarmPolicy;
  broker: BrokerStatus;
  ingest: IngestCounters;
  /** Open shifts, and handovers nobody has acknowledged yet (newest first, capped); absent from an older core. */
  shifts?: Shift[];
  handovers?: Handover[];
  /** Patrol checkpoints, tours and their current runs; absent from a core without patrols. */
  patrols?: PatrolPicture;
  /** Which saved version `site` is; absent from a core without the site editor. */
  siteVersion?: SiteVersionSummary;
};
