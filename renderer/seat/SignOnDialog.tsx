import { useState, type FormEvent } from 'react';
import type { SeatRole } from '../../shared/live/events.js';
import { Dialog } from '../dialogs/Dialog.js';
import { useBrowserSeat, useCloseDialog, useSeatIdentity, useSignOn } from '../store/desk-selectors.js';
import { cleanOperatorName, OPERATOR_MAX_LENGTH, ROLE_CHOICES, ROLE_LABEL } from './seat-identity.js';

/**
 * Who is at this seat; every action is logged with this name. Asked on first load, and whenever
 * the operator changes (a proper handover comes later).
 */
export function SignOnDialog() {
  const current = useSeatIdentity();
  const signOn = useSignOn();
  const close = useCloseDialog();
  const [name, setName] = useState(current?.operator ?? '');
  const [role, setRole] = useState<SeatRole>(current?.role ?? 'guard');
  const operator = cleanOperatorName(name);
  const browserSeat = useBrowserSeat();
  const seat = current?.seat ?? browserSeat;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (operator !== null) signOn({ operator, seat, role });
    close();
  };
  return (
    <Dialog testId="sign-on-dialog" title={current ? 'Change operator' : 'Sign on to this desk'} onClose={close}>
      <form onSubmit={onSubmit}>
        <p className="dialog__text">Your name goes on every action you take here. This desk is {seat}.</p>
        <label className="field">
          <span className="field__label">Your name</span>
          <input
            data-testid="operator-input"
            data-autofocus
            autoComplete="off"
            placeholder="J. Osei"
            maxLength={OPERATOR_MAX_LENGTH}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <fieldset className="roles">
          <legend className="field__label">Role</legend>
          {ROLE_CHOICES.map((value) => (
            <label key={value} className="role" data-testid={`role-${value}`}>
              <input type="radio" name="role" value={value} checked={role === value} onChange={() => setRole(value)} />
              {ROLE_LABEL[value]}
            </label>
          ))}
        </fieldset>
        <div className="dialog__buttons">
          {current && (
            <button type="button" className="button" onClick={close}>
              Cancel <kbd>Esc</kbd>
            </button>
          )}
          <button
            type="submit"
            className="button button--primary"
            data-testid="sign-on-submit"
            disabled={operator === null}
          >
            Sign on <kbd>Enter</kbd>
          </button>
        </div>
      </form>
    </Dialog>
  );
}
