import type { Translate } from '@shared/i18n';
import { ValidationError, type Issue } from '@shared/validation';
import { errorText } from '../auth/error-text';
import { issueText, issuesByPath } from '../i18n/issue-text';

/** A refused write as the form shows it: messages beside their fields, the rest above the buttons. */
export interface Refusal {
  fields: Record<string, string>;
  message: string | null;
}

export const noRefusal: Refusal = { fields: {}, message: null };

/**
 * Splits issues between the form's fields (`isField(path)`) and one message for the others
 * (a refusal that has no field on this form, e.g. a settled day or the second signer).
 */
export function refusalFromIssues(t: Translate, issues: readonly Issue[], isField: (path: string) => boolean): Refusal {
  const atFields = issues.filter((i) => isField(i.path));
  const others = issues.filter((i) => !isField(i.path));
  const message = others.length > 0 ? [...new Set(others.map((i) => issueText(t, i.message)))].join(t('list.separator')) : null;
  return { fields: issuesByPath(t, atFields), message };
}

/** Any error a repository throws: validation issues split as above, a refused role or a failure as the message. */
export function refusalOf(t: Translate, error: unknown, isField: (path: string) => boolean): Refusal {
  if (error instanceof ValidationError) return refusalFromIssues(t, error.issues, isField);
  return { fields: {}, message: errorText(t, error) };
}

export function hasRefusal(r: Refusal): boolean {
  return r.message !== null || Object.keys(r.fields).length > 0;
}
