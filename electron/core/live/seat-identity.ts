import type { Role } from '../../../shared/domain/operator.js';
import type { Handshake } from '../../../shared/live/events.js';
import type { Session } from '../accounts/authority.js';

/** Who acts through a socket: the signed-in operator, at the seat the browser names. */
export type SeatIdentity = {
  operatorId: number;
  /** The username: what the action log records. */
  operator: string;
  displayName: string;
  seat: string;
  role: Role;
  /** Which session, so that signing out or disabling the account closes the socket. */
  tokenHash: string;
};

export function seatIdentity(session: Session, handshake: Handshake, socketId: string): SeatIdentity {
  return {
    operatorId: session.operator.id,
    operator: session.operator.username,
    displayName: session.operator.displayName,
    seat: handshake.seat ?? `seat-${socketId.slice(0, 8)}`,
    role: session.operator.role,
    tokenHash: session.tokenHash,
  };
}
