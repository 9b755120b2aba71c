import type { Issue } from '../validation';
import type { stockStrings } from '../i18n/stock';

/** A key of the stock dictionary section: the compiler refuses a message that has no text. */
export type StockMessage = keyof typeof stockStrings.zh;

export function issue(path: string, message: StockMessage): Issue {
  return { path, message };
}
