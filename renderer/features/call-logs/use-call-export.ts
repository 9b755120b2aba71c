import { useCallback, useState } from 'react';
import type { Translate } from '@shared/i18n';
import type { Notice } from '../../components/notice';
import { ValidationError } from '@shared/validation';
import { useActor } from '../../auth';
import { getDb } from '../../db/db';
import { exportCallLogs, type ExportResult } from '../../export/export-call-logs';
import type { ExportProgress } from '../../export/progress';
import { useLang, useT } from '../../i18n/context';
import { issueText } from '../../i18n/issue-text';
import { getPlatform } from '../../platform';
import type { DayRange } from './date-range';

export type { Notice };

export interface CallExport {
  /** While an export runs: what it is doing, for the progress line. */
  progress: string | null;
  /** 0–100 when the phase reports counts, else null (an indeterminate bar). */
  percent: number | null;
  run: (range: DayRange) => Promise<Notice>;
}

function progressText(t: Translate, p: ExportProgress): string {
  if (p.phase === 'cells') return t('export.progress.cells', { done: p.done, total: p.total });
  return t(p.phase === 'read' ? 'export.progress.read' : p.phase === 'zip' ? 'export.progress.zip' : 'export.progress.save');
}

function resultNotice(t: Translate, result: ExportResult): Notice {
  if (result.status === 'empty') return { severity: 'info', text: t('export.empty') };
  if (result.status === 'cancelled') return { severity: 'info', text: t('export.cancelled') };
  const { rowCount, fileName } = result.record;
  return { severity: 'success', text: t('export.written', { count: rowCount, fileName }) };
}

function failureText(t: Translate, e: unknown): string {
  if (e instanceof ValidationError) return e.issues.map((i) => issueText(t, i.message)).join(';');
  return t('export.failed', { message: e instanceof Error ? e.message : String(e) });
}

/** 导出 Excel for the chosen range, with progress; the outcome comes back as a notice to show. */
export function useCallExport(): CallExport {
  const t = useT();
  const [lang] = useLang();
  const actor = useActor();
  const [progress, setProgress] = useState<ExportProgress | null>(null);

  const run = useCallback(
    async ({ from, to }: DayRange): Promise<Notice> => {
      setProgress({ phase: 'read', done: 0, total: 1 });
      try {
        const result = await exportCallLogs({ db: getDb(), actor, platform: getPlatform(), from, to, lang, onProgress: setProgress });
        return resultNotice(t, result);
      } catch (e) {
        return { severity: 'error', text: failureText(t, e) };
      } finally {
        setProgress(null);
      }
    },
    [t, lang, actor],
  );

  return {
    progress: progress && progressText(t, progress),
    percent: progress?.phase === 'cells' && progress.total > 0 ? (100 * progress.done) / progress.total : null,
    run,
  };
}
