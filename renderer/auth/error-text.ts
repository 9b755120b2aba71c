import { PermissionError } from '@shared/auth/permissions';
import { fileNameProblemText } from '@shared/file-name';
import type { Translate } from '@shared/i18n';
import { ValidationError } from '@shared/validation';
import { isQuotaError } from '../db/storage-errors';
import { issueText } from '../i18n/issue-text';
import { PlatformError } from '../platform/platform-error';

/**
 * A refused write in the user's words: a ValidationError's issues, a refused role, a refused file
 * name, a full disk (what to do about it; IndexedDB rolled the whole write back), else the error's message.
 */
export function errorText(t: Translate, error: unknown): string {
  if (isQuotaError(error)) return t('storage.error.full');
  if (error instanceof ValidationError) return error.issues.map((i) => issueText(t, i.message)).join(t('list.separator'));
  if (error instanceof PermissionError) return t('session.error.permission');
  if (error instanceof PlatformError && error.fileName) return fileNameProblemText(t, error.fileName.problem, error.fileName.allowed);
  return t('error.unexpected', { message: error instanceof Error ? error.message : String(error) });
}

/** The same, as a dictionary key with its parameters (for screens that keep the message as a key). */
export function errorMessage(error: unknown): { key: 'storage.error.full' } | { key: 'error.unexpected'; params: { message: string } } {
  if (isQuotaError(error)) return { key: 'storage.error.full' };
  return { key: 'error.unexpected', params: { message: error instanceof Error ? error.message : String(error) } };
}
