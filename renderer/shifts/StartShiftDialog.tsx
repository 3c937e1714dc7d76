import type { FormEvent } from 'react';
import { Dialog } from '../dialogs/Dialog.js';
import { DialogButtons, DialogRefusal } from '../dialogs/DialogParts.js';
import { useDialogCommand } from '../dialogs/use-dialog-command.js';
import { useCloseDialog, useSeatIdentity } from '../store/desk-selectors.js';
import { useOtherShiftHere } from './shift-selectors.js';

/** Start a shift at this seat: from now on the handover will list what happens. */
export function StartShiftDialog() {
  const close = useCloseDialog();
  const command = useDialogCommand();
  const identity = useSeatIdentity();
  const other = useOtherShiftHere();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void command.submit({ action: 'start-shift' });
  };
  return (
    <Dialog testId="start-shift-dialog" title="Start shift" onClose={close}>
      <p className="dialog__text">
        Start your shift as <strong>{identity?.displayName ?? 'nobody'}</strong> at {identity?.seat ?? 'this seat'}?
      </p>
      {other && (
        <p className="dialog__problem" role="alert">
          {other.operator} is still on shift here: they end it with a handover first.
        </p>
      )}
      <form onSubmit={onSubmit}>
        <DialogRefusal command={command} />
        <DialogButtons
          onCancel={close}
          confirm="Start shift"
          confirmTestId="start-shift-confirm"
          busy={command.busy}
          focusConfirm
        />
      </form>
    </Dialog>
  );
}
