import type { FormEvent } from 'react';
import { Dialog } from '../dialogs/Dialog.js';
import { DialogButtons, DialogRefusal } from '../dialogs/DialogParts.js';
import { useDialogCommand } from '../dialogs/use-dialog-command.js';
import { useCloseDialog } from '../store/desk-selectors.js';
import { useSiteTimeFormat } from '../time/site-time.js';
import { HandoverAlarmList, NotableList } from './HandoverLists.js';
import { useHandover } from './shift-selectors.js';

/** The incoming guard reads the handover and acknowledges it; the acknowledgement is logged. */
export function HandoverDialog({ handoverId }: { handoverId: number }) {
  const close = useCloseDialog();
  const command = useDialogCommand();
  const handover = useHandover(handoverId);
  const time = useSiteTimeFormat(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void command.submit({ action: 'acknowledge-handover', handoverId });
  };
  if (!handover) {
    return (
      <Dialog testId="handover-dialog" title="Handover" onClose={close}>
        <p className="dialog__problem" role="alert">
          This handover has been acknowledged already. Esc to close.
        </p>
      </Dialog>
    );
  }
  return (
    <Dialog testId="handover-dialog" title={`Handover from ${handover.writtenBy}`} onClose={close} size="wide">
      <p className="dialog__text">
        Written at {handover.seat}, {time(handover.writtenAt)}.
      </p>
      <blockquote className="handover__note" data-testid="handover-note-text">
        {handover.note}
      </blockquote>
      <div className="handover">
        <h3 className="handover__heading">Open alarms when handed over</h3>
        <HandoverAlarmList alarms={handover.openAlarms} notListed={handover.openAlarmsNotListed} />
        <h3 className="handover__heading">Notable during that shift</h3>
        <NotableList events={handover.notable} notListed={handover.notableNotListed} />
      </div>
      <form onSubmit={onSubmit}>
        <DialogRefusal command={command} />
        <DialogButtons
          onCancel={close}
          confirm="I have read it: acknowledge"
          confirmTestId="acknowledge-handover"
          busy={command.busy}
          focusConfirm
        />
      </form>
    </Dialog>
  );
}
