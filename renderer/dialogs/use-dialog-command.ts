import { useState } from 'react';
import type { CommandResult, SeatCommandInput } from '../../shared/live/commands.js';
import { useCloseDialog, useRunCommand } from '../store/desk-selectors.js';

export type DialogCommand = {
  busy: boolean;
  /** The core's refusal, shown in the dialog, which stays open so nothing typed is lost. */
  refusal: Extract<CommandResult, { ok: false }> | null;
  submit(command: SeatCommandInput): Promise<void>;
};

/** Sends a dialog's command; closes the dialog once the core accepted it. */
export function useDialogCommand(): DialogCommand {
  const runCommand = useRunCommand();
  const closeDialog = useCloseDialog();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<DialogCommand['refusal']>(null);
  const submit = async (command: SeatCommandInput) => {
    if (busy) return;
    setBusy(true);
    setRefusal(null);
    const result = await runCommand(command, { quiet: true });
    setBusy(false);
    if (result.ok) closeDialog();
    else setRefusal(result);
  };
  return { busy, refusal, submit };
}

/**
 * The alarm version a dialog's command names: the one the guard saw when it opened. After a
 * conflict the guard has been shown the change, so the next confirm names the current version.
 */
export function useSeenVersion(opened: number, current: number | undefined, command: DialogCommand): number {
  const [seen, setSeen] = useState(opened);
  const conflict = command.refusal?.refusal === 'conflict';
  if (conflict && current !== undefined && current !== seen) setSeen(current);
  return seen;
}
