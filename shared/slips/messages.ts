import type { shippingStrings } from '../i18n/shipping';
import type { Issue } from '../validation';

/** A key of the shipping dictionary section: the compiler refuses a message that has no text. */
export type ShippingMessage = keyof typeof shippingStrings.zh;

export function issue(path: string, message: ShippingMessage): Issue {
  return { path, message };
}

/**
 * The result of a workflow step: the record in its next state, or why the step is refused (the
 * record is then unchanged; the caller writes nothing).
 */
export type Step<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export function ok<T>(value: T): Step<T> {
  return { ok: true, value };
}

export function refuse<T>(issues: Issue[]): Step<T> {
  return { ok: false, issues };
}

/** Runs `next` only when there is nothing to refuse. */
export function stepIf<T>(issues: Issue[], next: () => T): Step<T> {
  return issues.length > 0 ? refuse(issues) : ok(next());
}
