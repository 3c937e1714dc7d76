import { useState, type FormEvent } from 'react';
import { OCCURRENCE_CATEGORIES, OCCURRENCE_LIMITS } from '../../shared/domain/occurrence.js';
import { Dialog } from '../dialogs/Dialog.js';
import { DialogButtons, DialogRefusal } from '../dialogs/DialogParts.js';
import { useDialogCommand } from '../dialogs/use-dialog-command.js';
import { useCloseDialog } from '../store/desk-selectors.js';
import { InvolvedPeople, InvolvedVehicles } from './InvolvedRows.js';
import { LinkedAlarms } from './LinkedAlarms.js';
import { draftCommand } from './occurrence-draft.js';
import { useEditOccurrence, useOccurrenceDraft } from './occurrence-selectors.js';
import { CATEGORY_LABEL } from './occurrence-words.js';
import { PlaceField } from './PlaceField.js';
import './occurrences.css';

/**
 * "Log incident": something a guard saw that no device reported. The report goes to the core as the
 * `log-occurrence` command and into the hash-chained log; the dialog stays open on a refusal.
 */
export function OccurrenceDialog() {
  const draft = useOccurrenceDraft();
  const edit = useEditOccurrence();
  const close = useCloseDialog();
  const command = useDialogCommand();
  const [tried, setTried] = useState(false);
  if (!draft) return null;
  const ready = draftCommand(draft);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (typeof ready !== 'string') void command.submit(ready);
  };
  return (
    <Dialog testId="occurrence-dialog" title="Log incident" onClose={close} size="wide">
      <form className="occurrence" onSubmit={onSubmit}>
        <label className="field">
          <span className="field__label">What happened</span>
          <select
            data-testid="occurrence-category"
            data-autofocus
            value={draft.category ?? ''}
            onChange={(event) => {
              const category = OCCURRENCE_CATEGORIES.find((c) => c === event.target.value);
              edit({ category: category ?? null });
            }}
          >
            <option value="">Choose…</option>
            {OCCURRENCE_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {CATEGORY_LABEL[category]}
              </option>
            ))}
          </select>
        </label>
        <PlaceField draft={draft} />
        <InvolvedPeople people={draft.people} />
        <InvolvedVehicles vehicles={draft.vehicles} />
        <label className="field">
          <span className="field__label">Narrative: what you saw and did</span>
          <textarea
            data-testid="occurrence-narrative"
            rows={5}
            maxLength={OCCURRENCE_LIMITS.narrative}
            value={draft.narrative}
            onChange={(event) => edit({ narrative: event.target.value })}
          />
        </label>
        <LinkedAlarms linked={draft.alarmIds} />
        {tried && typeof ready === 'string' && (
          <p className="dialog__problem" role="alert" data-testid="occurrence-missing">
            {ready}
          </p>
        )}
        <DialogRefusal command={command} />
        <DialogButtons onCancel={close} confirm="Log incident" confirmTestId="occurrence-confirm" busy={command.busy} />
      </form>
    </Dialog>
  );
}
