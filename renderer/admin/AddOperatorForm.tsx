import { useState, type FormEvent } from 'react';
import { ROLES, type Role } from '../../shared/domain/operator.js';
import { addOperator } from './operators-api.js';

const EMPTY = { username: '', displayName: '', role: 'guard' as Role, password: '' };

export function AddOperatorForm({ onAdded }: { onAdded(): void }) {
  const [fields, setFields] = useState(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    addOperator({ ...fields, displayName: fields.displayName.trim() || fields.username })
      .then(() => {
        setFields(EMPTY);
        setProblem(null);
        onAdded();
      })
      .catch((error: Error) => setProblem(error.message));
  };
  return (
    <form className="admin__add" onSubmit={onSubmit} data-testid="add-operator">
      <h3>Add an operator</h3>
      <label className="field">
        <span className="field__label">Username</span>
        <input value={fields.username} onChange={(e) => setFields({ ...fields, username: e.target.value })} />
      </label>
      <label className="field">
        <span className="field__label">Name shown</span>
        <input value={fields.displayName} onChange={(e) => setFields({ ...fields, displayName: e.target.value })} />
      </label>
      <label className="field">
        <span className="field__label">Role</span>
        <select value={fields.role} onChange={(e) => setFields({ ...fields, role: e.target.value as Role })}>
          {ROLES.map((role) => (
            <option key={role}>{role}</option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Password (at least 10 characters)</span>
        <input
          type="password"
          autoComplete="new-password"
          value={fields.password}
          onChange={(e) => setFields({ ...fields, password: e.target.value })}
        />
      </label>
      {problem && (
        <p className="dialog__problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={!fields.username || !fields.password}>
        Add operator
      </button>
    </form>
  );
}
