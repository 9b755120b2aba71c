import { z } from 'zod';
import { isIsoDate } from '../domain/local-date';
import type { Issue } from '../validation';

/**
 * Building blocks of the row schemas: what every stored row of a table must look like, so that a
 * screen reading it can rely on its types. Each table's schema lives beside its record type
 * (`row-schema.ts` in that folder); shared/rows/registry.ts lists them by table.
 */

/** A record key given by IndexedDB (`++id`) or referring to one. */
export const key = z.number().int().positive();
/** A key that may be 0 where a form leaves a choice open (a slip's customer before one is picked). */
export const keyOrZero = z.number().int().nonnegative();
export const wholeCount = z.number().int().nonnegative();
/** Epoch milliseconds. */
export const instant = z.number();
/** Local YYYY-MM-DD. */
export const isoDate = z.string().refine(isIsoDate);
export const text = z.string();
export const flag = z.boolean();

export const approvalRow = z.object({ supervisorId: z.number().int(), supervisorName: text, at: instant, note: text });
export const voidMarkRow = z.object({ at: instant, byId: z.number().int(), byName: text, reason: text, approval: approvalRow });
export const staffStampRow = z.object({ staffId: z.number().int(), name: text, at: instant });
export const productQtyRow = z.object({ productId: key, qty: z.number() });

/**
 * Ties a schema to the record type it checks: the compiler refuses a schema whose rows would not be
 * that type (a required field missing or of another type), while the schema keeps its own shape.
 */
export function rowOf<T>() {
  return <S extends z.ZodType<T>>(schema: S): S => schema;
}

/**
 * Runs a repository's own `Issue[]` validator after the shape has passed, so the stored row meets
 * the same rules as the form that wrote it. Its messages are dictionary keys, kept as they are.
 */
export function withRules<S extends z.ZodType>(schema: S, rules: (row: z.output<S>) => readonly Issue[]) {
  return schema.superRefine((row, ctx) => {
    for (const i of rules(row)) {
      ctx.addIssue({ code: 'custom', path: i.path === '' ? [] : i.path.split('.'), message: i.message, params: { dictionaryKey: true } });
    }
  });
}
