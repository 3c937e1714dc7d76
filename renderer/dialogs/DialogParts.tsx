import type { ReactNode } from 'react';
import type { Alarm } from '../../shared/domain/alarm.js';
import { CONDITION_LABEL } from '../alarms/alarm-words.js';
import { PriorityBadge } from '../alarms/PriorityBadge.js';
import { usePlacedDevice } from '../store/selectors.js';
import type { DialogCommand } from './use-dialog-command.js';

/** Which alarm the dialog acts on, so a guard never acts on the wrong one. */
export function DialogAlarm({ alarm }: { alarm: Alarm | undefined }) {
  const placed = usePlacedDevice(alarm?.deviceId ?? '');
  if (!alarm) {
    return (
      <p className="dialog__problem" role="alert">
        This alarm is no longer open (another seat resolved it). Esc to close.
      </p>
    );
  }
  return (
    <div className="dialog__alarm">
      <PriorityBadge priority={alarm.priority} />
      <span>
        <strong>{CONDITION_LABEL[alarm.condition]}</strong> · {placed?.name ?? alarm.deviceId}
      </span>
    </div>
  );
}

/** The core's refusal, worded for the guard; a conflict means someone else changed it meanwhile. */
export function DialogRefusal({ command }: { command: DialogCommand }) {
  const refusal = command.refusal;
  if (!refusal) return null;
  return (
    <p className="dialog__problem" role="alert" data-testid="dialog-refusal" data-refusal={refusal.refusal}>
      {refusal.refusal === 'conflict'
        ? `Changed at another seat while this was open: ${refusal.message} Check it, then confirm again.`
        : refusal.message}
    </p>
  );
}

export function DialogButtons({
  onCancel,
  confirm,
  confirmTestId,
  disabled,
  busy,
  focusConfirm = false,
}: {
  onCancel(): void;
  confirm: ReactNode;
  confirmTestId: string;
  disabled?: boolean;
  busy: boolean;
  /** For a yes/no question: the confirm button takes focus, so Enter answers it. */
  focusConfirm?: boolean;
}) {
  return (
    <div className="dialog__buttons">
      <button type="button" className="button" onClick={onCancel}>
        Cancel <kbd>Esc</kbd>
      </button>
      <button
        type="submit"
        className="button button--primary"
        data-testid={confirmTestId}
        disabled={disabled || busy}
        {...(focusConfirm ? { 'data-autofocus': true } : {})}
      >
        {busy ? 'Sending…' : confirm} <kbd>Enter</kbd>
      </button>
    </div>
  );
}
