/**
 * Template JSON files: export the template being designed, and check an imported file before anything
 * of it is used. An imported file is validated with the same `parseTemplate` the repository uses.
 */
import type { Translate } from '@shared/i18n';
import { parseTemplate, templateProblemText, type Template } from '@shared/templates/template';
import { safeFileName } from '../../print/template-print-source';

export type ImportResult = { ok: true; template: Template } | { ok: false; reasons: string[] };

export function templateFileName(template: Template): string {
  return `${safeFileName(`${template.name}.${template.id}`)}.json`;
}

export function templateFileBytes(template: Template): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(template, null, 2)}\n`);
}

/**
 * Reads an imported file for the template `current`: JSON, a valid template (unknown keys, negative
 * sizes and fields off the page are refused with their reasons) and the same template id.
 */
export function readTemplateFile(text: string, current: Template, t: Translate): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reasons: [t('designer.importNotJson')] };
  }
  const parsed = parseTemplate(json);
  if (!parsed.ok) return { ok: false, reasons: parsed.problems.map((p) => templateProblemText(t, p)) };
  if (parsed.template.id !== current.id) {
    return { ok: false, reasons: [t('designer.importOtherTemplate', { other: parsed.template.name, current: current.name })] };
  }
  return parsed;
}
