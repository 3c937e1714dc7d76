import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { DISPOSITIONS, type Disposition } from '../../shared/domain/alarm.js';
import { NOTE_MAX } from '../commands/form-rules.js';
import {
  checkResolve,
  DISPOSITION_LABEL,
  dispositionForKey,
  isBlocking,
  noteRequired,
} from '../commands/resolve-rules.js';
import { isTextEntry } from '../keyboard/key-map.js';
import { useCloseDialog, usePolicy } from '../store/desk-selectors.js';
import { useAlarm, useDeviceState } from '../store/selectors.js';
import { Dialog } from './Dialog.js';
import { DialogAlarm, DialogButtons, DialogRefusal } from './DialogParts.js';
import { submitOnEnter } from './submit-on-enter.js';
import { useDialogCommand, useSeenVersion } from './use-dialog-command.js';

/** Closes the alarm with a disposition: 1–7 picks one, the note follows, Enter resolves. */
export function ResolveDialog({ alarmId, version }: { alarmId: number; version: number }) {
  const alarm = useAlarm(alarmId);
  const policy = usePolicy();
  const outOfService = Boolean(useDeviceState(alarm?.deviceId ?? '')?.outOfService);
  const close = useCloseDialog();
  const command = useDialogCommand();
  const seenVersion = useSeenVersion(version, alarm?.version, command);
  const [disposition, setDisposition] = useState<Disposition | null>(null);
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const check = alarm ? checkResolve({ disposition, note }, alarm, policy, outOfService) : null;
  const blocked = check?.ok === false && isBlocking(check.problem);
  const needsNote = alarm ? noteRequired(disposition, alarm, policy) : false;

  const choose = (value: Disposition) => {
    setDisposition(value);
    noteRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (isTextEntry(target)) return;
    const picked = dispositionForKey(event.key);
    if (picked) {
      event.preventDefault();
      choose(picked);
    } else if (event.key === 'Enter' && target instanceof HTMLInputElement) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!check?.ok) return;
    const { disposition: chosen, note: text } = check;
    void command.submit({
      action: 'resolve',
      alarmId,
      version: seenVersion,
      disposition: chosen,
      ...(text ? { note: text } : {}),
    });
  };

  return (
    <Dialog testId="resolve-dialog" title="Resolve alarm" onClose={close} size="wide">
      <DialogAlarm alarm={alarm} />
      <form onSubmit={onSubmit} onKeyDown={onKeyDown}>
        <fieldset className="dispositions">
          <legend className="field__label">Disposition</legend>
          {DISPOSITIONS.map((value, index) => (
            <label key={value} className="disposition" data-testid={`disposition-option-${value}`}>
              <input
                type="radio"
                name="disposition"
                value={value}
                checked={disposition === value}
                onChange={() => setDisposition(value)}
                {...(index === 0 ? { 'data-autofocus': true } : {})}
              />
              <kbd>{index + 1}</kbd>
              <span>{DISPOSITION_LABEL[value]}</span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span className="field__label">Note {needsNote ? '(required)' : '(optional)'}</span>
          <textarea
            ref={noteRef}
            data-testid="resolve-note"
            rows={3}
            maxLength={NOTE_MAX}
            value={note}
            aria-required={needsNote}
            onChange={(event) => setNote(event.target.value)}
            onKeyDown={submitOnEnter}
          />
        </label>
        {check && !check.ok && (tried || blocked) ? (
          <p className="dialog__problem" role="alert" data-testid="resolve-problem" data-problem={check.problem}>
            {check.message}
          </p>
        ) : (
          <p className="dialog__hint">1–7 choose · Shift+Tab back to the list · Enter resolves</p>
        )}
        <DialogRefusal command={command} />
        <DialogButtons
          onCancel={close}
          confirm="Resolve"
          confirmTestId="resolve-confirm"
          busy={command.busy}
          disabled={!alarm || blocked}
        />
      </form>
    </Dialog>
  );
}
