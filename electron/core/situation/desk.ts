import { hasRole, type Role } from '../../../shared/domain/operator.js';
import { commandRole } from '../../../shared/live/command-roles.js';
import { seatCommandSchema, type CommandResult } from '../../../shared/live/commands.js';
import type { LiveChange } from '../../../shared/live/delta.js';
import { describeZodIssues } from '../config/config-error.js';
import type { Logger } from '../log.js';
import type { Actor } from '../rules/alarm-lifecycle.js';
import type { Store } from '../store/store.js';
import { clockTick } from './clock-tick.js';
import { handleSeatCommand } from './seat-commands.js';
import type { Situation } from './situation.js';

/** How often response clocks, shelves and out-of-service periods are checked. */
export const TICK_MS = 1_000;
/** The longest a failing clock waits before trying again. */
const MAX_TICK_PAUSE_MS = 30_000;

/**
 * The desk side of the core: seat commands and the clock, each applied in one transaction with its
 * action-log rows, then published. The reply goes to the seat only after the commit.
 */
export function createDesk(store: Store, situation: Situation, publish: (changes: LiveChange[]) => void, log: Logger) {
  const commit = <T extends { changes: LiveChange[] }>(work: () => T): T => {
    try {
      const done = store.inTransaction(() => {
        const result = work();
        situation.saveChangedDevices();
        return result;
      });
      publish(done.changes);
      return done;
    } catch (error) {
      situation.reload();
      throw error;
    }
  };

  let tickPause = { failures: 0, until: 0 };

  return {
    /** `actor.role` is the signed-in operator's: commands above it are refused before anything changes. */
    command(raw: unknown, actor: Actor & { role: Role }): CommandResult {
      const parsed = seatCommandSchema.safeParse(raw);
      if (!parsed.success)
        return { ok: false, refusal: 'invalid', message: describeZodIssues('command', parsed.error) };
      const needed = commandRole(parsed.data.action);
      if (!hasRole(actor.role, needed))
        return { ok: false, refusal: 'not-allowed', message: `${parsed.data.action} needs a ${needed} sign-in` };
      try {
        // Only who and where go on: the role decided above, it is not part of any record.
        const { operator, seat } = actor;
        return commit(() => handleSeatCommand(situation, parsed.data, { operator, seat }, Date.now())).result;
      } catch (error) {
        log.error(`command ${parsed.data.action} by ${actor.operator} not recorded: ${(error as Error).message}`);
        return { ok: false, refusal: 'unavailable', message: 'the console could not record that action; try again' };
      }
    },
    tick(now = Date.now()): void {
      if (now < tickPause.until) return;
      try {
        commit(() => ({ changes: clockTick(situation, now) }));
        if (tickPause.failures > 0) log.info(`clock tick recovered after ${tickPause.failures} failure(s)`);
        tickPause = { failures: 0, until: 0 };
      } catch (error) {
        // A database that cannot be written stays so for a while: retrying every second would
        // only fill the log (and, on a locked file, stall the event loop each time).
        const wait = Math.min(MAX_TICK_PAUSE_MS, TICK_MS * 2 ** tickPause.failures);
        tickPause = { failures: tickPause.failures + 1, until: now + wait };
        if (tickPause.failures <= 3 || wait === MAX_TICK_PAUSE_MS)
          log.error(
            `clock tick failed (${tickPause.failures}), next try in ${wait / 1000} s: ${(error as Error).message}`,
          );
      }
    },
  };
}
export type Desk = ReturnType<typeof createDesk>;
