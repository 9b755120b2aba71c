import { PermissionError } from '@shared/auth/permissions';
import type { Translate } from '@shared/i18n';
import { ValidationError } from '@shared/validation';
import { issueText } from '../i18n/issue-text';

/** A refused write in the user's words: a ValidationError's issues, a refused role, else the error's message. */
export function errorText(t: Translate, error: unknown): string {
  if (error instanceof ValidationError) return error.issues.map((i) => issueText(t, i.message)).join(t('list.separator'));
  if (error instanceof PermissionError) return t('session.error.permission');
  return t('error.unexpected', { message: error instanceof Error ? error.message : String(error) });
}
