import { useState, type Dispatch } from 'react';
import { PermissionError } from '@shared/auth/permissions';
import type { Translate } from '@shared/i18n';
import type { PrinterProfile } from '@shared/templates/calibration';
import { templateProblemText, type Template } from '@shared/templates/template';
import { useActor } from '../../auth';
import type { Notice } from '../../components/notice';
import { getDb } from '../../db/db';
import { ProfileRangeError, saveProfile } from '../../db/print-profiles-repo';
import { resetTemplate, saveTemplate, TemplateInvalidError } from '../../db/templates-repo';
import { getPlatform } from '../../platform';
import type { DesignerAction } from './designer-state';
import { readTemplateFile, templateFileBytes, templateFileName } from './template-file';

/** A refusal with its reasons, listed above the page until dismissed. */
export interface Refusal {
  title: string;
  reasons: string[];
}

export interface DesignerActions {
  busy: boolean;
  notice: Notice | null;
  refusal: Refusal | null;
  clearNotice: () => void;
  clearRefusal: () => void;
  /** Shows an error notice (e.g. a background image that is too large). */
  setError: (text: string) => void;
  save: (template: Template) => Promise<void>;
  reset: (id: string) => Promise<void>;
  exportJson: (template: Template) => Promise<void>;
  importJson: (file: File, current: Template) => Promise<void>;
  /** Resolves true once saved (the wizard closes then), false when refused. */
  saveProfile: (printerName: string, templateId: string, profile: PrinterProfile) => Promise<boolean>;
}

function errorText(err: unknown, t: Translate): string {
  if (err instanceof PermissionError) return t('designer.readOnly');
  if (err instanceof ProfileRangeError) return t('designer.printer.outOfRange');
  return t('designer.failed', { message: err instanceof Error ? err.message : String(err) });
}

/** 保存, 恢复默认, 导出 JSON and 导入 JSON, each turning its outcome into a notice or a listed refusal. */
export function useDesignerActions(dispatch: Dispatch<DesignerAction>, t: Translate): DesignerActions {
  const actor = useActor();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const run = async (action: () => Promise<Notice | null>): Promise<boolean> => {
    setBusy(true);
    try {
      const outcome = await action();
      if (outcome) setNotice(outcome);
      return true;
    } catch (err) {
      if (err instanceof TemplateInvalidError) setRefusal({ title: t('designer.invalid'), reasons: err.problems.map((p) => templateProblemText(t, p)) });
      else setNotice({ severity: 'error', text: errorText(err, t) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  const done = (ok: Promise<boolean>) => ok.then(() => undefined);

  return {
    busy,
    notice,
    refusal,
    clearNotice: () => setNotice(null),
    clearRefusal: () => setRefusal(null),
    setError: (text) => setNotice({ severity: 'error', text }),
    save: (template) =>
      done(run(async () => {
        setRefusal(null);
        await saveTemplate(getDb(), actor, template);
        dispatch({ type: 'saved', template });
        return { severity: 'success', text: t('designer.saved') };
      })),
    reset: (id) =>
      done(run(async () => {
        const builtin = await resetTemplate(getDb(), actor, id);
        dispatch({ type: 'replace', template: builtin });
        dispatch({ type: 'saved', template: builtin });
        return { severity: 'success', text: t('designer.resetDone') };
      })),
    exportJson: (template) =>
      done(run(async () => {
        const written = await getPlatform().saveFile(templateFileName(template), templateFileBytes(template), t('designer.exportFilter'), ['json']);
        return written ? { severity: 'success', text: t('designer.exported', { location: written.location }) } : null;
      })),
    importJson: (file, current) =>
      done(run(async () => {
        const result = readTemplateFile(await file.text(), current, t);
        if (!result.ok) {
          setRefusal({ title: t('designer.importRefused'), reasons: result.reasons });
          return null;
        }
        setRefusal(null);
        dispatch({ type: 'replace', template: result.template });
        return { severity: 'info', text: t('designer.imported') };
      })),
    saveProfile: (printerName, templateId, profile) =>
      run(async () => {
        await saveProfile(getDb(), actor, printerName, templateId, profile);
        return { severity: 'success', text: t('designer.printer.profileSaved') };
      }),
  };
}
