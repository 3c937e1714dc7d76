import type { Alarm } from '../domain/alarm.js';
import type { DeviceState } from '../domain/device-state.js';
import type { BrokerStatus, IngestCounters } from '../domain/health.js';
import type { Site } from '../domain/site.js';

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
  broker: BrokerStatus;
  ingest: IngestCounters;
};
