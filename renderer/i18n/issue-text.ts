import { dictionaries, type StringKey, type Translate } from '@shared/i18n';
import type { Issue } from '@shared/validation';

export function isStringKey(value: string): value is StringKey {
  return Object.hasOwn(dictionaries['zh-CN'], value);
}

/** A validation issue's message: a dictionary key is translated, a ready message is shown as is. */
export function issueText(t: Translate, message: string): string {
  return isStringKey(message) ? t(message) : message;
}

/** The first message for each field path, e.g. { name: '请填写姓名', 'phones.1': '…' }. */
export function issuesByPath(t: Translate, issues: readonly Issue[]): Record<string, string> {
  const byPath: Record<string, string> = {};
  for (const issue of issues) byPath[issue.path] ??= issueText(t, issue.message);
  return byPath;
}
