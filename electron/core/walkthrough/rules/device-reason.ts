import type { StopReason } from '../../../../shared/domain/walkthrough.js';

/** What every suggestion rule returns: a device and why it should be visited. */
export type DeviceReason = { deviceId: string; reason: StopReason };

/** Grouped counts of one kind of event at one device, as the attention queries return them. */
export type CountRow<K extends string> = { deviceId: string; kind: K; count: number; lastAt: number };

/** The rows of one device, grouped; order of first appearance is kept. */
export function byDevice<R extends { deviceId: string }>(rows: readonly R[]): Map<string, R[]> {
  const grouped = new Map<string, R[]>();
  for (const row of rows) grouped.set(row.deviceId, [...(grouped.get(row.deviceId) ?? []), row]);
  return grouped;
}

/** What the rules are told about the window they judge. */
export type RuleWindow = { days: number; timezone: string };
