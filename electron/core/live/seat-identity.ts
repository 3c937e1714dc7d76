import type { Handshake } from '../../../shared/live/events.js';

export type SeatIdentity = { operator: string; seat: string; role: 'guard' | 'supervisor' } | null;

/** Who the seat says it is (until operator accounts exist); without an operator a seat may only watch. */
export function seatIdentity(handshake: Handshake, socketId: string): SeatIdentity {
  if (!handshake.operator) return null;
  return {
    operator: handshake.operator,
    seat: handshake.seat ?? `seat-${socketId.slice(0, 8)}`,
    role: handshake.role ?? 'guard',
  };
}
