import type { Role } from '../../shared/domain/operator.js';

/** Who is at this seat: the signed-in operator, at this desk position; the core logs every action with it. */
export type SeatIdentity = { operator: string; displayName: string; seat: string; role: Role };

export const ROLE_LABEL = { guard: 'guard', supervisor: 'supervisor', admin: 'admin' } as const satisfies Record<
  Role,
  string
>;

const SEAT_ID = /^[A-Za-z0-9._-]{1,64}$/;

export const isSeatId = (value: unknown): value is string => typeof value === 'string' && SEAT_ID.test(value);

/** "seat-4f2a": short enough to read out over the radio, random enough for the desks of one site. */
export function newSeatId(randomBytes: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const hex = [...randomBytes(new Uint8Array(2))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `seat-${hex}`;
}
