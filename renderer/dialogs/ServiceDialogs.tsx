import { useState, type FormEvent } from 'react';
import { outOfServiceHours, REASON_MAX } from '../commands/form-rules.js';
import { useCloseDialog } from '../store/desk-selectors.js';
import { useDeviceState, usePlacedDevice } from '../store/selectors.js';
import { Dialog } from './Dialog.js';
import { DialogButtons, DialogRefusal } from './DialogParts.js';
import { useDialogCommand } from './use-dialog-command.js';

/** A device under maintenance raises nothing until returned: a deliberate blind spot, with a reason and an end. */
export function OutOfServiceDialog({ deviceId }: { deviceId: string }) {
  const placed = usePlacedDevice(deviceId);
  const close = useCloseDialog();
  const command = useDialogCommand();
  const [reason, setReason] = useState('');
  const [hoursText, setHoursText] = useState('');
  const hours = outOfServiceHours(hoursText);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '' || hours === null) return;
    void command.submit({ action: 'out-of-service', deviceId, reason: reason.trim(), ...(hours ? { hours } : {}) });
  };
  return (
    <Dialog testId="out-of-service-dialog" title="Take device out of service" onClose={close}>
      <p className="dialog__text">
        <strong>{placed?.name ?? deviceId}</strong> will raise no alarms until it is returned to service.
      </p>
      <form onSubmit={onSubmit}>
        <label className="field">
          <span className="field__label">Reason</span>
          <input
            data-testid="out-of-service-reason"
            data-autofocus
            placeholder="Contractor replacing the door closer"
            maxLength={REASON_MAX}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">For how many hours (blank: until returned)</span>
          <input
            data-testid="out-of-service-hours"
            type="number"
            min={0}
            step="any"
            value={hoursText}
            aria-invalid={hours === null}
            onChange={(event) => setHoursText(event.target.value)}
          />
        </label>
        {hours === null && <p className="dialog__problem">Hours above 0, at most 90 days, or blank.</p>}
        <DialogRefusal command={command} />
        <DialogButtons
          onCancel={close}
          confirm="Out of service"
          confirmTestId="out-of-service-confirm"
          busy={command.busy}
          disabled={reason.trim() === '' || hours === null}
        />
      </form>
    </Dialog>
  );
}

export function ReturnToServiceDialog({ deviceId }: { deviceId: string }) {
  const placed = usePlacedDevice(deviceId);
  const service = useDeviceState(deviceId)?.outOfService;
  const close = useCloseDialog();
  const command = useDialogCommand();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void command.submit({ action: 'return-to-service', deviceId });
  };
  return (
    <Dialog testId="return-to-service-dialog" title="Return device to service?" onClose={close}>
      <form onSubmit={onSubmit}>
        <p className="dialog__text">
          <strong>{placed?.name ?? deviceId}</strong>
          {service ? ` is out of service (${service.reason}, by ${service.by}).` : ' is in service already.'} Returned,
          it raises alarms again.
        </p>
        <DialogRefusal command={command} />
        <DialogButtons
          onCancel={close}
          confirm="Return to service"
          confirmTestId="return-to-service-confirm"
          busy={command.busy}
          focusConfirm
        />
      </form>
    </Dialog>
  );
}
