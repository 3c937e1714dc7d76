import type { ActionRecord } from '../../../shared/domain/action-record.js';
import type { NotableEvent } from '../../../shared/domain/shift.js';
import type { HandoverNames } from './compile-handover.js';

const words = (text: string) => text.replaceAll('-', ' ');
const detailString = (detail: Record<string, unknown>, key: string): string | null =>
  typeof detail[key] === 'string' ? detail[key] : null;
const detailNumber = (detail: Record<string, unknown>, key: string): number | null =>
  typeof detail[key] === 'number' ? detail[key] : null;

/** Priority 1 and 2 are the alarms a guard would mention at handover without being asked. */
export const NOTABLE_PRIORITY = 2;

/** Oldest first; ties in a fixed order so the same shift always hands over the same list. */
export const compareForHandover = (a: NotableEvent, b: NotableEvent): number =>
  a.at - b.at || a.kind.localeCompare(b.kind) || (a.recordId ?? a.alarmId ?? 0) - (b.recordId ?? b.alarmId ?? 0);

/** The notable events that the action log itself records: urgent raises, shelves, logged occurrences. */
export function notableFromActions(actions: readonly ActionRecord[], names: HandoverNames): NotableEvent[] {
  return actions.flatMap((row): NotableEvent[] => {
    const place = row.deviceId === null ? null : names.place({ deviceId: row.deviceId, zone: null });
    const base = { at: row.at, alarmId: row.alarmId, deviceId: row.deviceId, recordId: null };
    switch (row.action) {
      case 'raise': {
        const priority = detailNumber(row.detail, 'priority');
        if (priority === null || priority > NOTABLE_PRIORITY) return [];
        const condition = detailString(row.detail, 'condition') ?? 'alarm';
        return [{ ...base, kind: 'priority-alarm', text: `P${priority} ${words(condition)} at ${place ?? 'unknown'}` }];
      }
      case 'shelve': {
        const minutes = detailNumber(row.detail, 'minutes');
        const reason = detailString(row.detail, 'reason');
        return [
          {
            ...base,
            kind: 'shelved',
            text: `alarm ${row.alarmId ?? '?'} at ${place ?? 'unknown'} shelved by ${row.operator}${minutes === null ? '' : ` for ${minutes} min`}${reason ? `: ${reason}` : ''}`,
          },
        ];
      }
      case 'log-occurrence': {
        const category = detailString(row.detail, 'category') ?? 'other';
        const narrative = detailString(row.detail, 'narrative') ?? '';
        const id = detailNumber(row.detail, 'occurrenceId');
        return [
          {
            ...base,
            kind: 'occurrence',
            recordId: id,
            text: `${words(category)} logged by ${row.operator}: ${narrative.length > 140 ? `${narrative.slice(0, 139)}…` : narrative}`,
          },
        ];
      }
      default:
        return [];
    }
  });
}
