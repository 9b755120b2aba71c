import type { GridRowSelectionModel } from '@mui/x-data-grid';
import type { StringKey, Translate } from '@shared/i18n';
import { ValidationError } from '@shared/validation';
import { errorText } from '../../auth/error-text';
import type { DueRow } from '../../db/retention-repo';
import { issueText } from '../../i18n/issue-text';

/** The rows the grid's selection stands for ("select all" comes as an exclude list). */
export function selectedRows(rows: readonly DueRow[], selection: GridRowSelectionModel): DueRow[] {
  const has = (r: DueRow) => selection.ids.has(r.record.id);
  return rows.filter((r) => (selection.type === 'include' ? has(r) : !has(r)));
}

/** REC-1 before asking the supervisor: a record no export covers cannot be removed, whoever approves. */
export function uncoveredIssue(rows: readonly DueRow[]): StringKey | null {
  return rows.some((r) => r.coveringExportId === undefined) ? 'removal.error.notExported' : null;
}

/** A refusal's reasons, each once (ten uncovered cards say "not exported" once). */
export function refusalText(t: Translate, e: unknown): string {
  if (!(e instanceof ValidationError)) return errorText(t, e);
  return [...new Set(e.issues.map((i) => issueText(t, i.message)))].join(t('list.separator'));
}
