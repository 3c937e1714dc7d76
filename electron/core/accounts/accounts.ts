import type { Store } from '../store/store.js';
import { createAuthority } from './authority.js';
import { bootstrap } from './bootstrap.js';
import { operatorAdmin } from './operator-admin.js';

type SessionsEnded = (operatorId: number | null, tokenHashes: readonly string[]) => void;

/** Sign-in, account administration and the first-run set-up over one store. */
export function openAccounts(store: Store) {
  let sessionsEnded: SessionsEnded = () => {};
  const deps = {
    operators: store.operators,
    sessions: store.sessions,
    actions: store.actions,
    inTransaction: store.inTransaction,
    sessionsEnded: (operatorId: number | null, tokenHashes: readonly string[]) =>
      sessionsEnded(operatorId, tokenHashes),
  };
  const authority = createAuthority(deps);
  const admin = operatorAdmin(deps);
  return {
    authority,
    admin,
    bootstrap: bootstrap(store.operators, admin, authority),
    /** Live seats subscribe here to be closed when their session ends early. */
    onSessionsEnded(listener: SessionsEnded): void {
      sessionsEnded = listener;
    },
  };
}
export type Accounts = ReturnType<typeof openAccounts>;
