import { useState, type FormEvent } from 'react';
import { NOTE_MAX } from '../commands/form-rules.js';
import { useCloseDialog } from '../store/desk-selectors.js';
import { useAlarm } from '../store/selectors.js';
import { Dialog } from './Dialog.js';
import { DialogAlarm, DialogButtons, DialogRefusal } from './DialogParts.js';
import { submitOnEnter } from './submit-on-enter.js';
import { useDialogCommand } from './use-dialog-command.js';

/** A note on the alarm's record: what was seen, who was called. Notes are never edited, only added. */
export function NoteDialog({ alarmId }: { alarmId: number }) {
  const alarm = useAlarm(alarmId);
  const close = useCloseDialog();
  const command = useDialogCommand();
  const [text, setText] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '' || !alarm) return;
    void command.submit({ action: 'note', alarmId, text: text.trim() });
  };
  return (
    <Dialog testId="note-dialog" title="Add a note" onClose={close}>
      <DialogAlarm alarm={alarm} />
      <form onSubmit={onSubmit}>
        <label className="field">
          <span className="field__label">Note</span>
          <textarea
            data-testid="note-input"
            data-autofocus
            rows={3}
            maxLength={NOTE_MAX}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={submitOnEnter}
          />
        </label>
        <p className="dialog__hint">Enter saves · Shift+Enter starts a new line</p>
        <DialogRefusal command={command} />
        <DialogButtons
          onCancel={close}
          confirm="Save note"
          confirmTestId="note-save"
          busy={command.busy}
          disabled={!alarm || text.trim() === ''}
        />
      </form>
    </Dialog>
  );
}
