import type { StringKey, Translate } from '../i18n';
import { rowProblemText, rowTableLabelKey, type RowProblem } from '../rows/labels';

/**
 * What goes with a refusal that concerns one part of the data: the table a file lacks, or the row
 * that fails its table's schema (table, its place in the table, the field and what is wrong).
 */
export interface RefusalDetail {
  table?: string;
  problem?: RowProblem;
}

/** A refusal in words: the reason, with the table or the row it is about named as the user reads them. */
export function backupRefusalText(t: Translate, refusal: { reason: StringKey } & RefusalDetail): string {
  if (refusal.problem) return rowProblemText(t, refusal.problem);
  if (refusal.table !== undefined) {
    const key = rowTableLabelKey(refusal.table);
    return t(refusal.reason, { table: key ? t(key) : t('rows.table.unknown') });
  }
  return t(refusal.reason);
}
