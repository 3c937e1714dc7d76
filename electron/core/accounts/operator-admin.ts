import type { NewOperator, OperatorChange, OperatorSummary } from '../../../shared/api/accounts.js';
import type { Operator } from '../../../shared/domain/operator.js';
import type { AccountDeps } from './account-deps.js';
import { publicOperator } from './authority.js';
import { hashPassword, passwordProblem } from './password-hash.js';

/** A refused account change, with the HTTP status that says why. */
export class AccountError extends Error {
  override readonly name = 'AccountError';
  constructor(
    message: string,
    readonly status: 400 | 404 | 409,
  ) {
    super(message);
  }
}

/** Who made an account change: an admin at a seat, or the command line on the console's machine. */
export type ChangedBy = { operator: string; seat: string };

/** Adding and changing operator accounts, for the admin screen and `watchfloor user`; every change is audited. */
export function operatorAdmin(deps: AccountDeps) {
  const now = deps.now ?? Date.now;
  const audit = (by: ChangedBy, action: string, detail: Record<string, unknown>) =>
    deps.actions.append({ at: now(), ...by, action, alarmId: null, incidentId: null, deviceId: null, detail });

  const existing = (username: string) => {
    const account = deps.operators.byName(username);
    if (!account) throw new AccountError(`no operator "${username}"`, 404);
    return account;
  };
  const checkPassword = (password: string) => {
    const problem = passwordProblem(password);
    if (problem) throw new AccountError(problem, 400);
  };

  return {
    list: (): OperatorSummary[] =>
      deps.operators.list().map((account) => ({
        ...publicOperator(account),
        createdAt: account.createdAt,
        disabledAt: account.disabledAt,
      })),

    async add(input: NewOperator, by: ChangedBy): Promise<Operator> {
      checkPassword(input.password);
      if (deps.operators.byName(input.username)) throw new AccountError(`operator "${input.username}" exists`, 409);
      const passwordHash = await hashPassword(input.password);
      // Checked again after the (slow, async) hash: another request may have taken the name meanwhile.
      return deps.inTransaction(() => {
        if (deps.operators.byName(input.username)) throw new AccountError(`operator "${input.username}" exists`, 409);
        deps.operators.add({ ...input, passwordHash }, now());
        audit(by, 'operator-added', { username: input.username, role: input.role });
        return publicOperator(existing(input.username));
      });
    },

    async change(username: string, change: OperatorChange, by: ChangedBy): Promise<Operator> {
      const account = existing(username);
      if (change.password !== undefined) checkPassword(change.password);
      const passwordHash = change.password === undefined ? null : await hashPassword(change.password);
      const ended = deps.inTransaction(() => {
        const losesAdmin =
          account.role === 'admin' &&
          account.disabledAt === null &&
          (change.disabled === true || (change.role !== undefined && change.role !== 'admin'));
        if (losesAdmin && deps.operators.activeAdmins() <= 1)
          throw new AccountError('this is the last active admin; make another admin first', 409);
        let changed = false;
        if (change.role !== undefined && change.role !== account.role) {
          changed = true;
          deps.operators.setRole(account.id, change.role);
          audit(by, 'operator-role-set', { username: account.username, role: change.role });
        }
        if (passwordHash !== null) {
          changed = true;
          deps.operators.setPasswordHash(account.id, passwordHash);
          audit(by, 'operator-password-set', { username: account.username });
        }
        if (change.disabled !== undefined && change.disabled !== (account.disabledAt !== null)) {
          changed = true;
          deps.operators.setDisabled(account.id, change.disabled ? now() : null);
          audit(by, change.disabled ? 'operator-disabled' : 'operator-enabled', { username: account.username });
        }
        // A new password, a new role or a disabled account ends the operator's sessions everywhere.
        return changed ? deps.sessions.removeForOperator(account.id) : 0;
      });
      if (ended > 0 || change.disabled === true) deps.sessionsEnded(account.id, []);
      return publicOperator(existing(username));
    },
  };
}
export type OperatorAdmin = ReturnType<typeof operatorAdmin>;
