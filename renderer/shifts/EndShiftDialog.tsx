import { useState, type FormEvent } from 'react';
import { Dialog } from '../dialogs/Dialog.js';
import { DialogButtons, DialogRefusal } from '../dialogs/DialogParts.js';
import { useDialogCommand } from '../dialogs/use-dialog-command.js';
import { useJson } from '../detail/use-json.js';
import { useCloseDialog } from '../store/desk-selectors.js';
import { useSiteTimeFormat } from '../time/site-time.js';
import { parseHandoverDraft } from './handover-draft.js';
import { HandoverAlarmList, NotableList } from './HandoverLists.js';
import { useMyShift } from './shift-selectors.js';

export const HANDOVER_NOTE_MAX = 4000;

/**
 * The outgoing guard's handover: the console lists what is open and what happened, the guard adds
 * what the lists cannot say. The core compiles the lists again at the moment of handing over.
 */
export function EndShiftDialog({ shiftId }: { shiftId: number }) {
  const close = useCloseDialog();
  const command = useDialogCommand();
  const shift = useMyShift();
  const time = useSiteTimeFormat(false);
  const [note, setNote] = useState('');
  const draft = useJson(`/api/shifts/${shiftId}/handover-draft`, parseHandoverDraft, shiftId);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (note.trim() === '') return;
    void command.submit({ action: 'end-shift', shiftId, note: note.trim() });
  };
  return (
    <Dialog testId="end-shift-dialog" title="End shift: handover" onClose={close} size="wide">
      {shift && <p className="dialog__text">Your shift since {time(shift.startedAt)}.</p>}
      {draft.error && (
        <p className="dialog__problem" role="alert">
          Could not load the lists ({draft.error}). They are compiled again when you hand over.
        </p>
      )}
      {draft.data && (
        <div className="handover">
          <h3 className="handover__heading">Open alarms</h3>
          <HandoverAlarmList alarms={draft.data.openAlarms} notListed={draft.data.openAlarmsNotListed} />
          <h3 className="handover__heading">Notable this shift</h3>
          <NotableList events={draft.data.notable} notListed={draft.data.notableNotListed} />
        </div>
      )}
      <form onSubmit={onSubmit}>
        <label className="field">
          <span className="field__label">Handover note (required)</span>
          <textarea
            data-testid="handover-note"
            data-autofocus
            rows={4}
            maxLength={HANDOVER_NOTE_MAX}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
        <DialogRefusal command={command} />
        <DialogButtons
          onCancel={close}
          confirm="Hand over and end shift"
          confirmTestId="end-shift-confirm"
          busy={command.busy}
          disabled={note.trim() === ''}
        />
      </form>
    </Dialog>
  );
}
