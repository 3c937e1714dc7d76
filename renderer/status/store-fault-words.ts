import type { StoreFault } from '../../shared/domain/health.js';
import { formatAgo, formatDuration } from '../time/format.js';

/** What the banner says: what is wrong, since when, that nothing is lost yet, and what does not work meanwhile. */
export function storeFaultMessage(fault: StoreFault, now: number): { title: string; detail: string } {
  const retry = fault.retryAt > now ? `next try in ${formatDuration(fault.retryAt - now)}` : 'trying again now';
  return {
    title: `Events are not being stored: ${fault.cause} (${fault.code}), ${formatAgo(fault.since, now)}.`,
    detail:
      'The MQTT broker is holding new device messages and will deliver them once the database can be written again; ' +
      `nothing is lost while it holds them. Actions such as acknowledge and notes cannot be recorded until then. ` +
      `Tell the administrator. ${fault.attempts} failed ${fault.attempts === 1 ? 'try' : 'tries'}, ${retry}.`,
  };
}
