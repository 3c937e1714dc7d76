import type { Alarm } from '../domain/alarm.js';
import type { DeviceState } from '../domain/device-state.js';
import type { BrokerStatus, IngestCounters } from '../domain/health.js';
import type { Incident } from '../domain/incident.js';
import type { Notice } from '../domain/notice.js';
import type { TourRun } from '../domain/patrol.js';
import type { Handover, Shift } from '../domain/shift.js';
import type { Site } from '../domain/site.js';
import type { SiteVersionSummary } from '../site-editing/site-versions.js';

/** One ordered change to the shared picture; `seq` increases by one per delta, per core. */
export type LiveDelta =
  | { seq: number; kind: 'device'; device: DeviceState }
  | { seq: number; kind: 'alarm'; alarm: Alarm }
  | { seq: number; kind: 'broker'; broker: BrokerStatus }
  | { seq: number; kind: 'ingest'; ingest: IngestCounters }
  | { seq: number; kind: 'incident'; incident: Incident }
  /** Not state: something seats should be told once (an escalation, an auto-unshelve). */
  | { seq: number; kind: 'notice'; notice: Notice }
  /** A shift started or ended (ended shifts leave the picture). */
  | { seq: number; kind: 'shift'; shift: Shift }
  /** A handover written or acknowledged (acknowledged ones leave the picture). */
  | { seq: number; kind: 'handover'; handover: Handover }
  /** A patrol tour run planned, moved along by a scan or the clock, or finished (docs/patrols.md). */
  | { seq: number; kind: 'patrol'; run: TourRun }
  /** An admin saved a new version of the site: it replaces the seats' site whole (docs/site-editor.md). */
  | { seq: number; kind: 'site'; site: Site; version: SiteVersionSummary };

type WithoutSeq<T> = T extends unknown ? Omit<T, 'seq'> : never;
export type LiveChange = WithoutSeq<LiveDelta>;
