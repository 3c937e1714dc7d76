import type { ActionRecord as StoredAction } from '../../shared/domain/action-record.js';

/** What the desk reads of an action-log row (the core's shape, checked on arrival). */
export type ActionRecord = Pick<
  StoredAction,
  'seq' | 'at' | 'operator' | 'seat' | 'action' | 'alarmId' | 'deviceId' | 'hash'
> & {
  detail: Readonly<Record<string, unknown>>;
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function readRecord(value: unknown): ActionRecord | null {
  if (!isRecord(value)) return null;
  const { seq, at, operator, seat, action, alarmId, deviceId, detail, hash } = value;
  if (typeof seq !== 'number' || typeof at !== 'number' || typeof action !== 'string') return null;
  return {
    seq,
    at,
    action,
    operator: typeof operator === 'string' ? operator : 'system',
    seat: typeof seat === 'string' ? seat : '',
    alarmId: typeof alarmId === 'number' ? alarmId : null,
    deviceId: typeof deviceId === 'string' ? deviceId : null,
    detail: isRecord(detail) ? detail : {},
    hash: typeof hash === 'string' ? hash : '',
  };
}

/** `{ actions: [...] }` → records; null when the answer is not that shape at all. */
export function parseActions(value: unknown): ActionRecord[] | null {
  if (!isRecord(value) || !Array.isArray(value.actions)) return null;
  return value.actions.flatMap((item) => readRecord(item) ?? []);
}

export const actionsUrl = (alarmId: number): string => `/api/alarms/${alarmId}/actions`;
