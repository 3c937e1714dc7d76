type Detail = Record<string, unknown>;

export const detailString = (detail: Detail, key: string): string | null => {
  const value = detail[key];
  return typeof value === 'string' ? value : null;
};
export const detailNumber = (detail: Detail, key: string): number | null => {
  const value = detail[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

const words = (text: string) => text.replaceAll('-', ' ');
const joined = (...parts: (string | null)[]) => parts.filter((part) => part !== null && part !== '').join(': ');

/**
 * One logged action's detail in words, for reading rather than parsing. An action this report does
 * not know yet shows its detail as JSON: nothing the log holds is left out.
 */
export function actionText(action: string, detail: Detail): string | null {
  const text = (key: string) => detailString(detail, key);
  const number = (key: string) => detailNumber(detail, key);
  switch (action) {
    case 'raise': {
      const condition = text('condition');
      const priority = number('priority');
      return joined(condition && words(condition), priority === null ? null : `P${priority}`) || null;
    }
    case 'note':
      return text('text');
    case 'dispatch':
      return joined(`to ${text('to') ?? 'unknown'}`, text('note'));
    case 'resolve': {
      const disposition = text('disposition');
      return joined(disposition && words(disposition), text('note')) || null;
    }
    case 'shelve': {
      const minutes = number('minutes');
      return joined(minutes === null ? null : `${minutes} min`, text('reason')) || null;
    }
    case 'escalate': {
      const target = text('target');
      const overdue = number('overdueS');
      return `${target ?? 'response'} target missed${overdue === null ? '' : ` by ${overdue} s`}`;
    }
    case 'checklist': {
      const step = text('text');
      return joined(detail.done === false ? 'step undone' : 'step done', step);
    }
    case 'claim': {
      const from = text('takenOverFrom');
      return from === null ? null : `taken over from ${from}`;
    }
    case 'out-of-service': {
      const hours = number('hours');
      return joined(text('reason'), hours === null ? null : `for ${hours} h`) || null;
    }
    case 'acknowledge':
    case 'release':
    case 'reset':
      return null;
    default: {
      const reason = text('reason');
      if (reason !== null && Object.keys(detail).length === 1) return reason;
      return Object.keys(detail).length === 0 ? null : JSON.stringify(detail);
    }
  }
}
