import type { CommandResult, Refusal, SeatCommandInput } from '../../shared/live/commands.js';

/** A seat waits this long for the core's answer before telling the guard it is unavailable. */
export const COMMAND_TIMEOUT_MS = 5_000;

/** Hands a command to the core; false when there is no connection to hand it to. */
export type CommandEmitter = (command: SeatCommandInput, reply: (result: unknown) => void) => boolean;

export type CommandSender = (command: SeatCommandInput) => Promise<CommandResult>;

/** Runs `callback` after `ms`; the returned function cancels it. */
export type After = (ms: number, callback: () => void) => () => void;

const browserAfter: After = (ms, callback) => {
  const timer = setTimeout(callback, ms);
  return () => clearTimeout(timer);
};

export const NOT_CONNECTED: CommandResult = {
  ok: false,
  refusal: 'unavailable',
  message: 'Not connected to the console core: nothing was sent. Try again when the status bar says Live.',
};

export const NO_ANSWER: CommandResult = {
  ok: false,
  refusal: 'unavailable',
  message: `No answer from the console core within ${COMMAND_TIMEOUT_MS / 1000} s. Check the alarm before trying again.`,
};

// Restated (shared/live/commands.ts would bring zod into the page); the type keeps it complete.
const REFUSAL_NAMES = {
  invalid: true,
  'not-found': true,
  conflict: true,
  claimed: true,
  'not-allowed': true,
  'rate-limited': true,
  unavailable: true,
} as const satisfies Record<Refusal, true>;

const isRefusal = (value: unknown): value is Refusal =>
  typeof value === 'string' && Object.hasOwn(REFUSAL_NAMES, value);

/** Every inbound payload is checked; a reply the seat cannot read is treated as no answer. */
export function readCommandResult(value: unknown): CommandResult | null {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return null;
  if (value.ok === true) return { ok: true };
  if (value.ok !== false || !('refusal' in value) || !('message' in value)) return null;
  const { refusal, message } = value;
  if (!isRefusal(refusal) || typeof message !== 'string') return null;
  return { ok: false, refusal, message };
}

/**
 * Wraps the socket's `command` event in a promise that always settles: with the core's answer,
 * or as refused 'unavailable' when not connected or after the timeout. A late answer is dropped;
 * the truth still arrives as deltas.
 */
export function createCommandSender(
  emit: CommandEmitter,
  after: After = browserAfter,
  timeoutMs: number = COMMAND_TIMEOUT_MS,
): CommandSender {
  return (command) =>
    new Promise((resolve) => {
      let settled = false;
      const settle = (result: CommandResult) => {
        if (settled) return;
        settled = true;
        cancelTimeout();
        resolve(result);
      };
      const cancelTimeout = after(timeoutMs, () => settle(NO_ANSWER));
      const sent = emit(command, (reply) => settle(readCommandResult(reply) ?? NO_ANSWER));
      if (!sent) settle(NOT_CONNECTED);
    });
}
