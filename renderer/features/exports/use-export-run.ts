import { useCallback, useState } from 'react';
import type { ExportableKind } from '@shared/records/export-schedule';
import type { DateRange } from '@shared/records/periods';
import { useActor } from '../../auth';
import { errorText } from '../../auth/error-text';
import type { Notice } from '../../components/notice';
import { getDb } from '../../db/db';
import type { ExportProgress } from '../../export/progress';
import { runDueExports, runExport, type RunExportResult } from '../../export/run-export';
import { useLang, useT } from '../../i18n/context';
import { getPlatform } from '../../platform';
import { countsText } from './export-view';

export interface ExportRun {
  /** While an export runs: where it is (for the progress bar), else null. */
  progress: ExportProgress | null;
  exportRange: (kinds: ExportableKind[], range: DateRange) => Promise<Notice>;
  /** REC-2: one workbook per due period, oldest first; stops at the first cancel or failure. */
  exportDue: () => Promise<Notice>;
}

/**
 * The Excel export of several kinds (built in the worker, a progress bar meanwhile). A folder that is
 * gone or read-only fails with the platform's message and nothing is registered.
 */
export function useExportRun(): ExportRun {
  const t = useT();
  const [lang] = useLang();
  const actor = useActor();
  const [progress, setProgress] = useState<ExportProgress | null>(null);

  const written = useCallback(
    (r: Extract<RunExportResult, { status: 'written' }>): Notice => ({ severity: 'success', text: t('expui.written', { fileName: r.fileName, counts: countsText(t, r.counts) }) }),
    [t],
  );

  const guard = useCallback(
    async (run: () => Promise<Notice>): Promise<Notice> => {
      setProgress({ phase: 'read', done: 0, total: 1 });
      try {
        return await run();
      } catch (e) {
        return { severity: 'error', text: t('export.failed', { message: errorText(t, e) }) };
      } finally {
        setProgress(null);
      }
    },
    [t],
  );

  const exportRange = useCallback(
    (kinds: ExportableKind[], range: DateRange) =>
      guard(async () => {
        const r = await runExport({ db: getDb(), actor, platform: getPlatform(), kinds, range, lang, onProgress: setProgress });
        return r.status === 'written' ? written(r) : { severity: 'info', text: t('export.cancelled') };
      }),
    [guard, actor, lang, written, t],
  );

  const exportDue = useCallback(
    () =>
      guard(async () => {
        const results = await runDueExports({ db: getDb(), actor, platform: getPlatform(), lang, onProgress: setProgress });
        const done = results.filter((r) => r.status === 'written').length;
        if (results.some((r) => r.status === 'cancelled')) return { severity: 'info', text: t('expui.dueCancelled', { done }) };
        return { severity: 'success', text: t('expui.dueDone', { count: done }) };
      }),
    [guard, actor, lang, t],
  );

  return { progress, exportRange, exportDue };
}
