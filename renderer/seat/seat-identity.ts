import type { SeatRole } from '../../shared/live/events.js';

/** Who is at this seat; sent in the handshake and written by the core on every action. */
export type SeatIdentity = { operator: string; seat: string; role: SeatRole };

export const ROLE_LABEL = { guard: 'guard', supervisor: 'supervisor' } as const satisfies Record<SeatRole, string>;
/** In the order the sign-on offers them. */
export const ROLE_CHOICES = ['guard', 'supervisor'] as const satisfies readonly SeatRole[];

export const isSeatRole = (value: unknown): value is SeatRole =>
  typeof value === 'string' && Object.hasOwn(ROLE_LABEL, value);

/** The handshake's limits (shared/live/events.ts), checked here so a bad name is caught in the form. */
export const OPERATOR_MAX_LENGTH = 64;
const SEAT_ID = /^[A-Za-z0-9._-]{1,64}$/;

export const isSeatId = (value: unknown): value is string => typeof value === 'string' && SEAT_ID.test(value);

/** "  j.  osei " → "j. osei"; null when nothing usable is left. */
export function cleanOperatorName(raw: string): string | null {
  const name = raw.trim().replace(/\s+/g, ' ');
  return name.length > 0 && name.length <= OPERATOR_MAX_LENGTH ? name : null;
}

/** "seat-4f2a": short enough to read out over the radio, random enough for the desks of one site. */
export function newSeatId(randomBytes: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const hex = [...randomBytes(new Uint8Array(2))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `seat-${hex}`;
}

export function parseIdentity(value: { operator?: unknown; seat?: unknown; role?: unknown }): SeatIdentity | null {
  const operator = typeof value.operator === 'string' ? cleanOperatorName(value.operator) : null;
  if (operator === null || !isSeatId(value.seat)) return null;
  return { operator, seat: value.seat, role: isSeatRole(value.role) ? value.role : 'guard' };
}
