import type { ActionRecord } from '../../../shared/domain/action-record.js';
import { seatCommandSchema } from '../../../shared/live/commands.js';
import type { AlarmCommand } from '../rules/alarm-lifecycle.js';

/** Guard actions on one alarm that the lifecycle judges; their log rows carry what the command said. */
const ALARM_ACTIONS = new Set([
  'acknowledge',
  'claim',
  'release',
  'note',
  'checklist',
  'dispatch',
  'shelve',
  'unshelve',
  'reset',
  'resolve',
]);

/**
 * The seat command a logged guard action was, rebuilt from its row (the detail holds what the
 * lifecycle wrote: note text, step, disposition…), validated by the seats' own schema. The
 * version is the one the alarm had then: the live desk accepted it, so it was current.
 */
export function commandOf(row: ActionRecord, version: number): AlarmCommand | null {
  if (!ALARM_ACTIONS.has(row.action) || row.alarmId === null) return null;
  const { detail } = row;
  const fields: Record<string, unknown> = { action: row.action, alarmId: row.alarmId };
  if (row.action !== 'note') fields.version = version;
  if (row.action === 'claim') fields.takeOver = 'takenOverFrom' in detail;
  if (row.action === 'note') fields.text = detail.text;
  if (row.action === 'checklist') Object.assign(fields, { step: detail.step, done: detail.done });
  if (row.action === 'dispatch') Object.assign(fields, { to: detail.to, note: detail.note });
  if (row.action === 'shelve') Object.assign(fields, { reason: detail.reason, minutes: detail.minutes });
  if (row.action === 'resolve') Object.assign(fields, { disposition: detail.disposition, note: detail.note });
  const parsed = seatCommandSchema.safeParse(fields);
  if (!parsed.success || !('alarmId' in parsed.data)) return null;
  return parsed.data;
}
