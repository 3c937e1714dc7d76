import { ROLE_LABEL } from '../seat/seat-identity.js';
import { signOutAtCore } from '../session/session-api.js';
import { useSeatIdentity, useSession, useSignOut } from '../store/desk-selectors.js';

/** "desk seat-4f2a", but not "desk desk-2". */
const deskName = (seat: string) => (/^desk/i.test(seat) ? seat : `desk ${seat}`);

/** "J. Osei · desk seat-4f2a · guard": who every action from this screen is logged as, and signing out. */
export function SeatBadge() {
  const identity = useSeatIdentity();
  const session = useSession();
  const signOut = useSignOut();
  if (!identity) return null;
  const onSignOut = () => {
    if (session) void signOutAtCore(session.token);
    signOut();
  };
  return (
    <div className="seat-badge" data-testid="seat-badge">
      <span className="indicator__label">Operator</span>
      <span className="seat-badge__who" data-testid="seat-operator">
        <strong>{identity.displayName}</strong> · {deskName(identity.seat)} · {ROLE_LABEL[identity.role]}
      </span>
      <button
        type="button"
        className="button button--small seat-badge__change"
        data-testid="sign-out"
        onClick={onSignOut}
      >
        Sign out
      </button>
    </div>
  );
}
