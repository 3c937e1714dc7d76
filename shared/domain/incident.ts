/** Alarms on the same floor or zone close together in time, grouped so a guard handles them once. */
export type Incident = {
  id: number;
  siteId: string;
  floorId: string | null;
  zone: string | null;
  openedAt: number;
  lastAlarmAt: number;
  alarmIds: number[];
  /** Closed when every member alarm is resolved. */
  closedAt: number | null;
};
