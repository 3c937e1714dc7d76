/** One guard's (or the core's own) action, as written to the hash-chained action log. */
export type ActionInput = {
  /** Epoch ms on the core's clock. */
  at: number;
  /** Who: an operator name, or 'system' for the core's own actions. */
  operator: string;
  /** Which seat: 'core' for the core's own actions. */
  seat: string;
  /** 'acknowledge', 'note', 'shelve', 'resolve', …: a free string of 1 to 64 characters. */
  action: string;
  alarmId: number | null;
  incidentId: number | null;
  deviceId: string | null;
  /** JSON-able: note text, disposition, reason, checklist step… */
  detail: Record<string, unknown>;
};

/** A stored row: what GET /api/alarms/:id/actions returns, oldest first. */
export type ActionRecord = ActionInput & { seq: number; prevHash: string; hash: string };
