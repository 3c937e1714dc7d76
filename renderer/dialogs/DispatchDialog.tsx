import { useState, type FormEvent } from 'react';
import { DISPATCH_TO_MAX, NOTE_MAX } from '../commands/form-rules.js';
import { useCloseDialog } from '../store/desk-selectors.js';
import { useAlarm } from '../store/selectors.js';
import { Dialog } from './Dialog.js';
import { DialogAlarm, DialogButtons, DialogRefusal } from './DialogParts.js';
import { useDialogCommand, useSeenVersion } from './use-dialog-command.js';

/** Who was sent to the alarm (a patrol, the police, the engineer), logged with the alarm. */
export function DispatchDialog({ alarmId, version }: { alarmId: number; version: number }) {
  const alarm = useAlarm(alarmId);
  const close = useCloseDialog();
  const command = useDialogCommand();
  const seenVersion = useSeenVersion(version, alarm?.version, command);
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (to.trim() === '' || !alarm) return;
    const text = note.trim();
    void command.submit({
      action: 'dispatch',
      alarmId,
      version: seenVersion,
      to: to.trim(),
      ...(text ? { note: text } : {}),
    });
  };
  return (
    <Dialog testId="dispatch-dialog" title="Dispatch" onClose={close}>
      <DialogAlarm alarm={alarm} />
      <form onSubmit={onSubmit}>
        <label className="field">
          <span className="field__label">Sent to</span>
          <input
            data-testid="dispatch-to"
            data-autofocus
            placeholder="Patrol 2, police, site engineer…"
            maxLength={DISPATCH_TO_MAX}
            value={to}
            onChange={(event) => setTo(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">Note (optional)</span>
          <input
            data-testid="dispatch-note"
            maxLength={NOTE_MAX}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
        <DialogRefusal command={command} />
        <DialogButtons
          onCancel={close}
          confirm="Dispatch"
          confirmTestId="dispatch-confirm"
          busy={command.busy}
          disabled={!alarm || to.trim() === ''}
        />
      </form>
    </Dialog>
  );
}
