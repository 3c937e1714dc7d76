import { useOpenDialog, useSeatIdentity } from '../store/desk-selectors.js';
import { ROLE_LABEL } from '../seat/seat-identity.js';

/** "desk seat-4f2a", but not "desk desk-2". */
const deskName = (seat: string) => (/^desk/i.test(seat) ? seat : `desk ${seat}`);

/** "J. Osei · desk seat-4f2a · guard": who every action from this screen is logged as. */
export function SeatBadge() {
  const identity = useSeatIdentity();
  const openDialog = useOpenDialog();
  return (
    <div className={`seat-badge${identity ? '' : ' seat-badge--nobody'}`} data-testid="seat-badge">
      <span className="indicator__label">Operator</span>
      <span className="seat-badge__who" data-testid="seat-operator">
        {identity ? (
          <>
            <strong>{identity.operator}</strong> · {deskName(identity.seat)} · {ROLE_LABEL[identity.role]}
          </>
        ) : (
          'Nobody signed on · watching only'
        )}
      </span>
      <button
        type="button"
        className="button button--small seat-badge__change"
        data-testid="change-operator"
        onClick={() => openDialog({ kind: 'sign-on' })}
      >
        {identity ? 'Change' : 'Sign on'}
      </button>
    </div>
  );
}
