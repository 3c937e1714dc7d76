import type { ActionLog } from '../store/action-log.js';
import type { OperatorAccounts } from '../store/operators.js';
import type { SessionRecords } from '../store/sessions.js';

/** What sign-in and account administration work with: the accounts, the sessions and the audit log. */
export type AccountDeps = {
  operators: OperatorAccounts;
  sessions: SessionRecords;
  actions: ActionLog;
  inTransaction<T>(work: () => T): T;
  /** Told when sessions end early (sign-out, an account changed or disabled), so seats using them are closed. */
  sessionsEnded(operatorId: number | null, tokenHashes: readonly string[]): void;
  now?: () => number;
};
