import { z } from 'zod';
import { flag, instant, key, rowOf, text, withRules } from '../rows/kit';
import { roles, type Staff } from './roles';
import { validateStaffInput } from './staff';

/**
 * A stored staff member. The PIN fields are checked for shape only: a row without a usable hash
 * could never sign in, and one whose roles are not a list would stop the sign-in screen itself.
 */
export const staffRowSchema = rowOf<Staff>()(
  withRules(
    z.object({
      id: key.optional(),
      name: text,
      roles: z.array(z.enum(roles)),
      pinHash: z.string().min(1),
      pinSalt: z.string().min(1),
      pinIterations: z.number().int().positive(),
      active: flag,
      failedAttempts: z.number().int().nonnegative(),
      lockedUntil: instant,
      createdAt: instant,
      pinChangedAt: instant.optional(),
    }),
    validateStaffInput,
  ),
);
