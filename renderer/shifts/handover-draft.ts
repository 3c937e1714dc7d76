import type { Handover } from '../../shared/domain/shift.js';

export type HandoverDraft = Pick<Handover, 'openAlarms' | 'openAlarmsNotListed' | 'notable' | 'notableNotListed'> & {
  shiftId: number;
  at: number;
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** GET /api/shifts/:id/handover-draft as sent by our own core; anything else reads as unreadable (null). */
export function parseHandoverDraft(value: unknown): HandoverDraft | null {
  if (!isRecord(value)) return null;
  const { shiftId, at, openAlarms, openAlarmsNotListed, notable, notableNotListed } = value;
  if (typeof shiftId !== 'number' || typeof at !== 'number') return null;
  if (!Array.isArray(openAlarms) || !Array.isArray(notable)) return null;
  if (typeof openAlarmsNotListed !== 'number' || typeof notableNotListed !== 'number') return null;
  return {
    shiftId,
    at,
    openAlarms: openAlarms as HandoverDraft['openAlarms'],
    openAlarmsNotListed,
    notable: notable as HandoverDraft['notable'],
    notableNotListed,
  };
}
