import type { AlarmsSlice } from './alarms-slice.js';
import type { ConnectionSlice } from './connection-slice.js';
import type { DevicesSlice } from './devices-slice.js';
import type { LiveSlice } from './live-slice.js';
import type { SiteSlice } from './site-slice.js';
import type { UiSlice } from './ui-slice.js';

export type WatchfloorState = SiteSlice & DevicesSlice & AlarmsSlice & ConnectionSlice & UiSlice & LiveSlice;
