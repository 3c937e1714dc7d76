import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/** The previous hash of the first row: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** One action-log row as stored; `detail` is the canonical JSON text, exactly as hashed. */
export type ChainRow = {
  seq: number;
  at: number;
  operator: string;
  seat: string;
  action: string;
  alarmId: number | null;
  incidentId: number | null;
  deviceId: string | null;
  detail: string;
  prevHash: string;
  hash: string;
};

/**
 * SHA-256 (hex) of canonicalJson([seq, at, operator, seat, action, alarmId, incidentId, deviceId,
 * detail, prevHash]). `detail` arrives already canonical (it is what the row stores), so it is
 * spliced in as text instead of being parsed and written again; callers that did not produce it
 * with canonicalJson must check it first (verifyChain does).
 */
export function rowHash(row: Omit<ChainRow, 'hash'>): string {
  const { seq, at, operator, seat, action, alarmId, incidentId, deviceId, detail, prevHash } = row;
  const head = [seq, at, operator, seat, action, alarmId, incidentId, deviceId].map((field) => canonicalJson(field));
  return createHash('sha256')
    .update(`[${head.join(',')},${detail},${canonicalJson(prevHash)}]`, 'utf8')
    .digest('hex');
}
