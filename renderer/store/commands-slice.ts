import type { StateCreator } from 'zustand';
import type { CommandResult, SeatAction, SeatCommandInput } from '../../shared/live/commands.js';
import { ACTION_LABEL } from '../commands/action-words.js';
import { NOT_CONNECTED, type CommandSender } from '../commands/command-sender.js';
import { commandTargets } from '../commands/command-targets.js';
import type { WatchfloorState } from './state.js';
import { withToast } from './toasts-slice.js';

export const NOT_SIGNED_IN: CommandResult = {
  ok: false,
  refusal: 'not-allowed',
  message: 'Nobody is signed in at this seat: sign in to act on alarms.',
};

export type RunOptions = {
  /** The caller shows the refusal itself (a dialog keeps it beside the form), so no toast. */
  quiet?: boolean;
};

/**
 * Commands go to the core and nothing changes here until the core's deltas say so: the seat only
 * marks the rows pending until the answer, and makes a refusal impossible to miss.
 */
export type CommandsSlice = {
  /** Alarm rows with an action on its way, and which action. */
  pending: ReadonlyMap<number, SeatAction>;
  /** Rows to flash after a refusal; the nonce restarts the flash when the same rows are refused again. */
  refusalFlash: { alarmIds: readonly number[]; nonce: number } | null;
  sendCommand: CommandSender;
  setCommandSender(sender: CommandSender): void;
  runCommand(command: SeatCommandInput, options?: RunOptions): Promise<CommandResult>;
};

function markPending(pending: ReadonlyMap<number, SeatAction>, ids: readonly number[], action: SeatAction | null) {
  const next = new Map(pending);
  for (const id of ids) {
    if (action !== null) next.set(id, action);
    else next.delete(id);
  }
  return next;
}

let refusalCounter = 0;

export const createCommandsSlice: StateCreator<WatchfloorState, [], [], CommandsSlice> = (set, get) => ({
  pending: new Map(),
  refusalFlash: null,
  sendCommand: () => Promise.resolve(NOT_CONNECTED),
  setCommandSender: (sendCommand) => set({ sendCommand }),
  runCommand: async (command, options = {}) => {
    const targets = commandTargets(get(), command);
    let result: CommandResult = NOT_SIGNED_IN;
    if (get().identity !== null) {
      set((state) => ({ pending: markPending(state.pending, targets, command.action) }));
      result = await get().sendCommand(command);
      set((state) => ({ pending: markPending(state.pending, targets, null) }));
    }
    if (!result.ok) {
      set((state) => ({
        refusalFlash: { alarmIds: targets, nonce: (state.refusalFlash?.nonce ?? 0) + 1 },
        toasts: options.quiet
          ? state.toasts
          : withToast(state.toasts, {
              id: `refusal-${++refusalCounter}`,
              kind: 'refusal',
              message: `${ACTION_LABEL[command.action]} refused: ${result.message}`,
              alarmId: targets[0] ?? null,
              at: Date.now(),
            }),
      }));
    }
    return result;
  },
});
