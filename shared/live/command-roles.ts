import type { Role } from '../domain/operator.js';
import type { SeatAction } from './commands.js';

/**
 * The least role each seat command needs, where it is more than a guard: taking a device out of
 * service silences it for everyone, so a supervisor decides it. Every other command is a guard's.
 */
const ABOVE_GUARD: Partial<Record<SeatAction, Role>> = {
  'out-of-service': 'supervisor',
  'return-to-service': 'supervisor',
};

export function commandRole(action: SeatAction): Role {
  return ABOVE_GUARD[action] ?? 'guard';
}
