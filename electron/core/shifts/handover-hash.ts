import { createHash } from 'node:crypto';
import type { Handover } from '../../../shared/domain/shift.js';
import { canonicalJson } from '../audit/canonical-json.js';

/**
 * SHA-256 of what the outgoing guard signed: note and lists. The handover and its acknowledgement
 * both carry it into the hash-chained log, so a later edit of the handovers table shows.
 */
export function handoverHash(
  handover: Pick<
    Handover,
    | 'shiftId'
    | 'note'
    | 'openAlarms'
    | 'openAlarmsNotListed'
    | 'notable'
    | 'notableNotListed'
    | 'writtenBy'
    | 'writtenAt'
  >,
): string {
  const { shiftId, note, openAlarms, openAlarmsNotListed, notable, notableNotListed, writtenBy, writtenAt } = handover;
  const signed = { shiftId, note, openAlarms, openAlarmsNotListed, notable, notableNotListed, writtenBy, writtenAt };
  return createHash('sha256').update(canonicalJson(signed)).digest('hex');
}
