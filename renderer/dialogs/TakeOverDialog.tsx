import type { FormEvent } from 'react';
import { useCloseDialog } from '../store/desk-selectors.js';
import { useAlarm } from '../store/selectors.js';
import { Dialog } from './Dialog.js';
import { DialogAlarm, DialogButtons, DialogRefusal } from './DialogParts.js';
import { useDialogCommand, useSeenVersion } from './use-dialog-command.js';

/** Taking an alarm from another operator is deliberate and logged: ask once, plainly. */
export function TakeOverDialog({ alarmId, version }: { alarmId: number; version: number }) {
  const alarm = useAlarm(alarmId);
  const close = useCloseDialog();
  const command = useDialogCommand();
  const seenVersion = useSeenVersion(version, alarm?.version, command);
  const owner = alarm?.owner;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (alarm) void command.submit({ action: 'claim', alarmId, version: seenVersion, takeOver: true });
  };
  return (
    <Dialog testId="takeover-dialog" title="Take over this alarm?" onClose={close}>
      <DialogAlarm alarm={alarm} />
      <form onSubmit={onSubmit}>
        <p className="dialog__text">
          {owner
            ? `${owner.operator} at ${owner.seat} is handling it. Taking over makes it yours; the log records that you did.`
            : 'Nobody is handling it yet: it becomes yours.'}
        </p>
        <DialogRefusal command={command} />
        <DialogButtons
          onCancel={close}
          confirm="Take over"
          confirmTestId="takeover-confirm"
          busy={command.busy}
          disabled={!alarm}
          focusConfirm
        />
      </form>
    </Dialog>
  );
}
