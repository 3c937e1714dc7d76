import type { TimelineEntry } from '../../shared/review/review-results.js';
import { actionName, describeAction } from '../detail/describe-action.js';
import { describeEvent } from '../detail/describe-event.js';

/** One timeline row in words: what happened, and what it carried. */
export function describeEntry(entry: TimelineEntry): { what: string; detail: string } {
  if (entry.kind === 'event') {
    const payload = typeof entry.payload === 'object' && entry.payload !== null ? entry.payload : {};
    return {
      what: `${entry.channel} event`,
      detail: describeEvent({
        id: entry.eventId,
        channel: entry.channel,
        receivedAt: entry.at,
        deviceTs: entry.deviceTs,
        payload: { ...payload },
      }),
    };
  }
  const alarm = entry.alarm ? ` · P${entry.alarm.priority} ${entry.alarm.condition.replaceAll('-', ' ')}` : '';
  return {
    what: `${actionName(entry.action)}${alarm}`,
    detail: `${entry.operator === 'system' ? 'console' : entry.operator}: ${describeAction({ ...entry, hash: '' }, [])}`,
  };
}
