import type { Issue } from '../validation';

/**
 * What a rule-checked step returns: the next state of the record, or the reasons it is refused
 * (field issues, messages are dictionary keys). Nothing is changed on refusal.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function refused<T = never>(issues: Issue[]): Result<T> {
  return { ok: false, issues };
}

/** `ok(value)` when there are no issues, else the refusal. */
export function okUnless<T>(issues: Issue[], value: () => T): Result<T> {
  return issues.length > 0 ? refused(issues) : ok(value());
}
