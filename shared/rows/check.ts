import type { z } from 'zod';
import { isRowTable, rowSchemas } from './registry';

/**
 * What is wrong with one stored row, as data the screens put in words: the field (its top-level
 * name, which has a label), and either a kind of problem or the dictionary key of the rule it broke.
 */
export type RowFault =
  | { field: string; kind: 'missing' | 'type' | 'value' | 'unknownTable' | 'forbiddenKey' | 'tooDeep' }
  | { field: string; kind: 'rule'; message: string };

/**
 * Keys that reach an object's prototype when code copies fields with assignment (`Object.assign`,
 * a merge): a stored row never has them, so a file that does is refused rather than trusted.
 */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);
/** Deeper than any record the app writes (a template's nested elements are a few levels). */
const maxDepth = 32;

/** The first forbidden key anywhere in a value (own keys only), or too deep a nesting; walks without recursion. */
function keyFault(row: unknown): RowFault | null {
  const stack: { value: unknown; depth: number; field: string }[] = [{ value: row, depth: 0, field: '' }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, depth, field } = next;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > maxDepth) return { field, kind: 'tooDeep' };
    for (const k of Object.keys(value)) {
      const top = depth === 0 ? k : field;
      if (forbiddenKeys.has(k)) return { field: top, kind: 'forbiddenKey' };
      stack.push({ value: Reflect.get(value, k), depth: depth + 1, field: top });
    }
  }
  return null;
}

function valueAt(row: unknown, path: readonly PropertyKey[]): unknown {
  let v = row;
  for (const p of path) v = typeof v === 'object' && v !== null ? Reflect.get(v, p) : undefined;
  return v;
}

function faultOf(issue: z.core.$ZodIssue, row: unknown): RowFault {
  const field = typeof issue.path[0] === 'string' ? issue.path[0] : '';
  if (issue.code === 'custom' && issue.params?.['dictionaryKey'] === true) return { field, kind: 'rule', message: issue.message };
  if (issue.code === 'invalid_type') return { field, kind: valueAt(row, issue.path) === undefined ? 'missing' : 'type' };
  return { field, kind: 'value' };
}

/** Null when `row` is a sound row of `table`; else its first fault. */
export function checkRow(table: string, row: unknown): RowFault | null {
  if (!isRowTable(table)) return { field: '', kind: 'unknownTable' };
  const bad = keyFault(row);
  if (bad) return bad;
  const parsed = rowSchemas[table].safeParse(row);
  const first = parsed.success ? undefined : parsed.error.issues[0];
  return first ? faultOf(first, row) : null;
}
