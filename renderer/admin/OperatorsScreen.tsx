import { useCallback, useEffect, useState } from 'react';
import type { OperatorSummary } from '../../shared/api/accounts.js';
import { ROLES, type Role } from '../../shared/domain/operator.js';
import { useSeatIdentity } from '../store/desk-selectors.js';
import { AddOperatorForm } from './AddOperatorForm.js';
import { changeOperator, listOperators } from './operators-api.js';

/** Operator accounts for admins (`?view=admin`): the same as `watchfloor user` on the console's machine. */
export function OperatorsScreen() {
  const identity = useSeatIdentity();
  const [operators, setOperators] = useState<OperatorSummary[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const reload = useCallback(() => {
    listOperators()
      .then((list) => {
        setOperators(list);
        setProblem(null);
      })
      .catch((error: Error) => setProblem(error.message));
  }, []);
  useEffect(reload, [reload]);

  if (identity?.role !== 'admin') return <main className="admin">Operator accounts are managed by an admin.</main>;

  const act = (work: Promise<void>) => work.then(reload).catch((error: Error) => setProblem(error.message));
  const newPassword = (username: string) => {
    const password = window.prompt(`New password for ${username} (at least 10 characters)`);
    if (password) act(changeOperator(username, { password }));
  };

  return (
    <main className="admin" data-testid="operators-screen">
      <h2>Operator accounts</h2>
      {problem && (
        <p className="dialog__problem" role="alert">
          {problem}
        </p>
      )}
      <table className="admin__table">
        <thead>
          <tr>
            <th>Username</th>
            <th>Name</th>
            <th>Role</th>
            <th>State</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {operators.map((operator) => (
            <tr key={operator.id} data-testid={`operator-${operator.username}`}>
              <td>{operator.username}</td>
              <td>{operator.displayName}</td>
              <td>
                <select
                  aria-label={`role of ${operator.username}`}
                  value={operator.role}
                  onChange={(event) => act(changeOperator(operator.username, { role: event.target.value as Role }))}
                >
                  {ROLES.map((role) => (
                    <option key={role}>{role}</option>
                  ))}
                </select>
              </td>
              <td>{operator.disabledAt === null ? 'active' : 'disabled'}</td>
              <td>
                <button type="button" className="button button--small" onClick={() => newPassword(operator.username)}>
                  Set password
                </button>{' '}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => act(changeOperator(operator.username, { disabled: operator.disabledAt === null }))}
                >
                  {operator.disabledAt === null ? 'Disable' : 'Enable'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <AddOperatorForm onAdded={reload} />
    </main>
  );
}
