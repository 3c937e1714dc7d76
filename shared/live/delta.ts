import type { Alarm } from '../domain/alarm.js';
import type { DeviceState } from '../domain/device-state.js';
import type { BrokerStatus, IngestCounters } from '../domain/health.js';
import type { Incident } from '../domain/incident.js';
import type { Notice } from '../domain/notice.js';

/** One ordered change to the shared picture; `seq` increases by one per delta, per core. */
export type LiveDelta =
  | { seq: number; kind: 'device'; device: DeviceState }
  | { seq: number; kind: 'alarm'; alarm: Alarm }
  | { seq: number; kind: 'broker'; broker: BrokerStatus }
  | { seq: number; kind: 'ingest'; ingest: IngestCounters }
  | { seq: number; kind: 'incident'; incident: Incident }
  /** Not state: something seats should be told once (an escalation, an auto-unshelve). */
  | { seq: number; kind: 'notice'; notice: Notice };

type WithoutSeq<T> = T extends unknown ? Omit<T, 'seq'> : never;
export type LiveChange = WithoutSeq<LiveDelta>;
