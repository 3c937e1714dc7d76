/**
 * The one dialog a seat may have open. Alarm dialogs remember the version the guard saw when they
 * opened, so a change made meanwhile by another seat is refused as a conflict, not overwritten.
 */
export type DeskDialog =
  | { kind: 'shortcuts' }
  | { kind: 'note'; alarmId: number }
  | { kind: 'dispatch'; alarmId: number; version: number }
  | { kind: 'shelve'; alarmId: number; version: number }
  | { kind: 'resolve'; alarmId: number; version: number }
  | { kind: 'take-over'; alarmId: number; version: number }
  | { kind: 'out-of-service'; deviceId: string }
  | { kind: 'return-to-service'; deviceId: string }
  | { kind: 'start-shift' }
  | { kind: 'end-shift'; shiftId: number }
  | { kind: 'handover'; handoverId: number }
  | { kind: 'log-occurrence' };

export type DeskDialogKind = DeskDialog['kind'];
