import type { ChecklistStep, Disposition } from '../../shared/domain/alarm.js';
import type { SeatAction } from '../../shared/live/commands.js';
import { ACTION_LABEL } from '../commands/action-words.js';
import { DISPOSITION_LABEL } from '../commands/resolve-rules.js';
import type { ActionRecord } from './action-record.js';

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

const isDisposition = (value: unknown): value is Disposition =>
  typeof value === 'string' && Object.hasOwn(DISPOSITION_LABEL, value);

const isSeatAction = (action: string): action is SeatAction => Object.hasOwn(ACTION_LABEL, action);

/** The action's name in the log: the seat's words for seat actions, the core's own for anything else. */
export function actionName(action: string): string {
  return isSeatAction(action) ? ACTION_LABEL[action] : action.replace(/-/g, ' ');
}

/** What the action carried, in one line: the note, the step, the disposition, who was dispatched… */
export function describeAction(record: ActionRecord, checklist: readonly ChecklistStep[]): string {
  const { detail } = record;
  const note = text(detail.note);
  const withNote = (head: string) => (note ? `${head} — ${note}` : head);
  switch (record.action) {
    case 'note':
      return text(detail.text) ?? '';
    case 'checklist': {
      const step = typeof detail.step === 'number' ? detail.step : null;
      if (step === null) return '';
      const words = text(detail.text) ?? checklist[step]?.step;
      return `Step ${step + 1} ${detail.done === false ? 'unticked' : 'done'}${words ? `: ${words}` : ''}`;
    }
    case 'dispatch':
      return withNote(`To ${text(detail.to) ?? '?'}`);
    case 'shelve':
      return [typeof detail.minutes === 'number' ? `${detail.minutes} min` : null, text(detail.reason)]
        .filter(Boolean)
        .join(' — ');
    case 'escalate':
      return `${text(detail.target) ?? ''} target missed`;
    case 'resolve':
      return withNote(isDisposition(detail.disposition) ? DISPOSITION_LABEL[detail.disposition] : '');
    case 'claim':
      return text(detail.takenOverFrom) ? `Took over from ${text(detail.takenOverFrom)}` : '';
    case 'out-of-service':
      return `${text(detail.reason) ?? ''}${typeof detail.hours === 'number' ? ` · ${detail.hours} h` : ''}`;
    default:
      return note ?? text(detail.reason) ?? '';
  }
}
