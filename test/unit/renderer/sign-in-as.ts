import type { Role } from '../../../shared/domain/operator.js';
import type { WatchfloorStore } from '../../../renderer/store/store.js';

/** What a successful sign-in leaves in the store: a session for `operator` at desk `seat`. */
export function signInAs(store: WatchfloorStore, operator: string, role: Role = 'guard', seat = 'desk-a'): void {
  store.setState({ browserSeat: seat });
  store.getState().signIn({
    token: 't'.repeat(43),
    operator: { id: 1, username: operator, displayName: operator, role },
    expiresAt: Date.now() + 3_600_000,
  });
}
