import { z } from 'zod';

/** Who may do what at the console; each role may do everything the roles before it may. */
export const ROLES = ['guard', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const roleSchema = z.enum(ROLES);

/** True when `role` carries at least the authority of `needed`. */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** A signed-in operator as the core and the seats see them (never the password hash). */
export type Operator = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
};
