import { useState, type FormEvent } from 'react';
import { REASON_MAX, shelveMinutes } from '../commands/form-rules.js';
import { useCloseDialog, usePolicy } from '../store/desk-selectors.js';
import { useAlarm } from '../store/selectors.js';
import { formatDuration } from '../time/format.js';
import { Dialog } from './Dialog.js';
import { DialogAlarm, DialogButtons, DialogRefusal } from './DialogParts.js';
import { useDialogCommand, useSeenVersion } from './use-dialog-command.js';

/** Used when the core sent no policy yet; the core judges the real limit anyway. */
const FALLBACK_MAX_MINUTES = 480;
const DEFAULT_MINUTES = 60;

/** Takes a nuisance alarm out of the queue for a while, with a reason; it comes back by itself. */
export function ShelveDialog({ alarmId, version }: { alarmId: number; version: number }) {
  const alarm = useAlarm(alarmId);
  const close = useCloseDialog();
  const maxMinutes = usePolicy()?.shelving.maxMinutes ?? FALLBACK_MAX_MINUTES;
  const command = useDialogCommand();
  const seenVersion = useSeenVersion(version, alarm?.version, command);
  const [reason, setReason] = useState('');
  const [minutesText, setMinutesText] = useState(String(Math.min(DEFAULT_MINUTES, maxMinutes)));
  const minutes = shelveMinutes(minutesText, maxMinutes);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '' || minutes === null || !alarm) return;
    void command.submit({ action: 'shelve', alarmId, version: seenVersion, reason: reason.trim(), minutes });
  };
  return (
    <Dialog testId="shelve-dialog" title="Shelve alarm" onClose={close}>
      <DialogAlarm alarm={alarm} />
      <form onSubmit={onSubmit}>
        <label className="field">
          <span className="field__label">Reason</span>
          <input
            data-testid="shelve-reason"
            data-autofocus
            placeholder="Sensor faulty, engineer booked"
            maxLength={REASON_MAX}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">For how many minutes (1–{maxMinutes})</span>
          <input
            data-testid="shelve-minutes"
            type="number"
            min={1}
            max={maxMinutes}
            step={1}
            value={minutesText}
            aria-invalid={minutes === null}
            onChange={(event) => setMinutesText(event.target.value)}
          />
        </label>
        <p className={minutes === null ? 'dialog__problem' : 'dialog__hint'}>
          {minutes === null
            ? `Whole minutes from 1 to ${maxMinutes} (the site's limit).`
            : `Back in the queue after ${formatDuration(minutes * 60_000)}, or when unshelved (u).`}
        </p>
        <DialogRefusal command={command} />
        <DialogButtons
          onCancel={close}
          confirm="Shelve"
          confirmTestId="shelve-confirm"
          busy={command.busy}
          disabled={!alarm || reason.trim() === '' || minutes === null}
        />
      </form>
    </Dialog>
  );
}
