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
import { readImportBytes } from '../../db/import-file';
import { importLimits } from '@shared/import/file-kind';
import { fileRefusalText } from './import-view';
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

const tooLarge = { ok: false, reason: 'import.file.tooLarge' } as const;

/** Why the write was refused; a duplicate that appeared since the preview is said once, not once per row. */
function failureText(t: Translate, e: unknown): string {
  if (!(e instanceof ValidationError)) return errorText(t, e);
  return [...new Set(e.issues.map((i) => issueText(t, i.message)))].join(t('list.separator'));
}

/** Reads the file (checked by its bytes, parsed in a worker within a time limit), previews it against what is on file, writes on confirm. */
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
    setSheet(null);
    try {
      // Too large a file is refused by its size before it is read into memory at all.
      const read = file.size > importLimits.maxBytes ? tooLarge : await readImportBytes(new Uint8Array(await file.arrayBuffer()), file.name);
      if (!read.ok) {
        setFailure(fileRefusalText(t, read.reason));
        return;
      }
      setSheet(read.sheet);
      setPreview(await previewImport(getDb(), kind, read.sheet));
    } catch {
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
