import type { Channel } from '../contract/topic.js';
import type { ActionRecord } from '../domain/action-record.js';
import type { Alarm, AlarmCondition, Disposition, Priority } from '../domain/alarm.js';
import type { DeviceState } from '../domain/device-state.js';
import type { Incident } from '../domain/incident.js';

/** What a timeline or search row says about the alarm it concerns, so the list needs no second request. */
export type AlarmGist = { condition: AlarmCondition; priority: Priority; disposition: Disposition | null };

export type TimelineEvent = {
  kind: 'event';
  cursor: string;
  at: number;
  seq: number;
  deviceId: string;
  channel: Channel;
  eventId: string;
  deviceTs: number | null;
  payload: unknown;
};

export type TimelineAction = {
  kind: 'action';
  cursor: string;
  at: number;
  seq: number;
  action: string;
  operator: string;
  seat: string;
  alarmId: number | null;
  incidentId: number | null;
  deviceId: string | null;
  detail: Record<string, unknown>;
  alarm: AlarmGist | null;
};

export type TimelineEntry = TimelineEvent | TimelineAction;

/** `next` is the cursor for the following page, null on the last one. */
export type TimelinePage = { entries: TimelineEntry[]; next: string | null };

/** A logged action whose written text matches; `snippet` marks the matched words with « and ». */
export type SearchHit = { snippet: string; action: TimelineAction };
export type SearchPage = { hits: SearchHit[]; next: string | null };

/** Everything about one alarm a supervisor drills into. */
export type AlarmHistory = {
  alarm: Alarm;
  actions: ActionRecord[];
  /** The device's events from a while before the raise to the resolution (or now), capped. */
  deviceEvents: TimelineEvent[];
  deviceEventsCapped: boolean;
  incident: Incident | null;
};

/** The shared picture at one instant, as the live desk held it then. */
export type ReplayPicture = { at: number; devices: DeviceState[]; alarms: Alarm[]; incidents: Incident[] };

export type ReplayChange =
  | { at: number; kind: 'device'; device: DeviceState }
  | { at: number; kind: 'alarm'; alarm: Alarm }
  | { at: number; kind: 'incident'; incident: Incident };

/**
 * `changes` run from just after `picture.at` to `until`. When there were more than the cap,
 * `until` is earlier than asked and `complete` false: ask again from there.
 */
export type ReplayResult = {
  picture: ReplayPicture;
  changes: ReplayChange[];
  until: number;
  complete: boolean;
  /** Logged actions the replay could not apply as the live desk did (older or hand-made data). */
  divergences: number;
};
