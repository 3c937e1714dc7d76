import type { AlarmsSlice } from './alarms-slice.js';
import type { CommandsSlice } from './commands-slice.js';
import type { ConnectionSlice } from './connection-slice.js';
import type { DeskSlice } from './desk-slice.js';
import type { DevicesSlice } from './devices-slice.js';
import type { LiveSlice } from './live-slice.js';
import type { PatrolsSlice } from './patrols-slice.js';
import type { QueueSlice } from './queue-slice.js';
import type { SeatSlice } from './seat-slice.js';
import type { SiteSlice } from './site-slice.js';
import type { ToastsSlice } from './toasts-slice.js';
import type { UiSlice } from './ui-slice.js';
import type { ShiftsSlice } from '../shifts/shifts-slice.js';
import type { OccurrenceSlice } from '../occurrences/occurrence-slice.js';

export type WatchfloorState = SiteSlice &
  DevicesSlice &
  AlarmsSlice &
  ConnectionSlice &
  UiSlice &
  LiveSlice &
  SeatSlice &
  DeskSlice &
  QueueSlice &
  CommandsSlice &
  ToastsSlice &
  PatrolsSlice &
  ShiftsSlice &
  OccurrenceSlice;
