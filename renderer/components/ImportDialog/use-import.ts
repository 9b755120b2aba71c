import { useCallback, useState } from 'react';
import type { ImportKind } from '@shared/import/fields';
import type { ImportMapping } from '@shared/import/mapping';
import type { ImportSheet } from '@shared/import/sheet';
import type { Translate } from '@shared/i18n';
import { ValidationError } from '@shared/validation';
import { useActor } from '../../auth';
import { errorText } from '../../auth/error-text';
import { issueText } from '../../i18n/issue-text';
import { getDb } from '../../db/db';
import { commitImport, previewImport, type ImportPreview } from '../../db/import-repo';
import { useT } from '../../i18n/context';

export interface ImportState {
  fileName: string | null;
  preview: ImportPreview | null;
  /** While writing: rows done of total. */
  progress: { done: number; total: number } | null;
  failure: string | null;
  pickFile: (file: File) => Promise<void>;
  setMapping: (mapping: ImportMapping) => Promise<void>;
  /** Writes every row in one transaction; the count written, or undefined when refused. */
  commit: () => Promise<number | undefined>;
}

/** Why the write was refused; a duplicate that appeared since the preview is said once, not once per row. */
function failureText(t: Translate, e: unknown): string {
  if (!(e instanceof ValidationError)) return errorText(t, e);
  return [...new Set(e.issues.map((i) => issueText(t, i.message)))].join(t('list.separator'));
}

/** Reads the .xlsx (SheetJS, loaded on demand), previews it against what is on file, writes on confirm. */
export function useImport(kind: ImportKind): ImportState {
  const t = useT();
  const actor = useActor();
  const [fileName, setFileName] = useState<string | null>(null);
  const [sheet, setSheet] = useState<ImportSheet | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const pickFile = useCallback(async (file: File) => {
    setFailure(null);
    setPreview(null);
    setFileName(file.name);
    try {
      const { readImportFile } = await import('../../db/import-xlsx');
      const read = readImportFile(new Uint8Array(await file.arrayBuffer()));
      if (read.headers.every((h) => h === '')) throw new Error('no header');
      setSheet(read);
      setPreview(await previewImport(getDb(), kind, read));
    } catch {
      setSheet(null);
      setFailure(t('import.badFile'));
    }
  }, [kind, t]);

  const setMapping = useCallback(async (mapping: ImportMapping) => {
    if (sheet) setPreview(await previewImport(getDb(), kind, sheet, mapping));
  }, [kind, sheet]);

  const commit = useCallback(async () => {
    if (!preview?.canImport) return undefined;
    setFailure(null);
    setProgress({ done: 0, total: preview.result.valid.length });
    try {
      const { written } = await commitImport(getDb(), actor, preview, { onProgress: (done, total) => setProgress({ done, total }) });
      return written;
    } catch (e) {
      setFailure(failureText(t, e));
      return undefined;
    } finally {
      setProgress(null);
    }
  }, [preview, actor, t]);

  return { fileName, preview, progress, failure, pickFile, setMapping, commit };
}
