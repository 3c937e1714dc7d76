import { z } from 'zod';
import { roleSchema, type Operator } from '../domain/operator.js';

export const PASSWORD_MAX_LENGTH = 256;

/** Sign-in names: short, no spaces, easy to type on a desk keyboard and to read in the log. */
export const usernameSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
    'must be 1-64 characters of A-Z a-z 0-9 . _ - (starting with a letter or digit)',
  );

export const displayNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(120)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), 'must not contain control characters');

export const passwordSchema = z.string().min(1).max(PASSWORD_MAX_LENGTH);

const seatSchema = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/);

/** POST /api/login */
export const signInRequestSchema = z.strictObject({
  username: z.string().max(64),
  password: passwordSchema,
  seat: seatSchema.optional(),
});

/** POST /api/bootstrap: the first admin, with the set-up code the console printed when it started. */
export const bootstrapRequestSchema = z.strictObject({
  code: z.string().max(64),
  username: usernameSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
});

/** POST /api/operators (admin) and `watchfloor user add`. */
export const newOperatorSchema = z.strictObject({
  username: usernameSchema,
  displayName: displayNameSchema,
  role: roleSchema,
  password: passwordSchema,
});
export type NewOperator = z.infer<typeof newOperatorSchema>;

/** PATCH-like changes an admin makes to an account: POST /api/operators/:username. */
export const operatorChangeSchema = z
  .strictObject({
    role: roleSchema.optional(),
    password: passwordSchema.optional(),
    disabled: z.boolean().optional(),
  })
  .refine((change) => Object.keys(change).length > 0, 'name at least one of role, password, disabled');
export type OperatorChange = z.infer<typeof operatorChangeSchema>;

/** What a successful sign-in returns. */
export type SignedIn = { token: string; operator: Operator; expiresAt: number };

/** GET /api/operators: an account as an admin sees it. */
export type OperatorSummary = Operator & { createdAt: number; disabledAt: number | null };
