import type { Issue } from '../validation';
import type { serviceStrings } from '../i18n/service';

/** A key of the service dictionary section: the compiler refuses a message that has no text. */
export type ServiceMessage = keyof typeof serviceStrings.zh;

export function issue(path: string, message: ServiceMessage): Issue {
  return { path, message };
}

/** Long enough for a detailed note, short enough that one field cannot swamp a printed form. */
export const serviceTextMaxLength = 2000;

/** A text field: `required` when it must not be blank, and never longer than the limit. */
export function textIssues(value: string, path: string, required?: ServiceMessage): Issue[] {
  const text = value.trim();
  if (required !== undefined && text === '') return [issue(path, required)];
  if (text.length > serviceTextMaxLength) return [issue(path, 'service.error.tooLong')];
  return [];
}

/** A positive integer record id (staff, customer, product …). */
export function isId(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

/** A plausible instant: a finite, positive epoch-ms number. */
export function isInstant(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}
