/**
 * Saved (customised) print templates. A built-in template is used as shipped until someone saves a
 * customised version from the designer; resetting deletes that version and the built-in is back.
 */
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import type { Lang } from '@shared/i18n';
import { builtinTemplate, builtinTemplates, isBuiltinTemplateId } from '@shared/templates/builtin';
import { parseTemplate, type Template, type TemplateProblem } from '@shared/templates/template';
import { auditChange } from './audit-repo';
import type { AppDB } from './db';

/** A template as the list shows it: the one in use, and whether it differs from the shipped one. */
export interface TemplateEntry {
  template: Template;
  customised: boolean;
}

/** Saving refused: the template is invalid; `problems` name each one (the screen words them). */
export class TemplateInvalidError extends Error {
  constructor(readonly problems: TemplateProblem[]) {
    super(`invalid template: ${problems.map((p) => JSON.stringify(p)).join('; ')}`);
    this.name = 'TemplateInvalidError';
  }
}

export class UnknownTemplateError extends Error {
  constructor(readonly id: string) {
    super(`no built-in template ${id}`);
    this.name = 'UnknownTemplateError';
  }
}

const auditTable = 'templates';

/** The shipped version of a template (its labels in `lang`), or undefined for an unknown id. */
export function shippedTemplate(id: string, lang: Lang = 'zh-CN'): Template | undefined {
  return isBuiltinTemplateId(id) ? builtinTemplate(id, lang) : undefined;
}

/** The template in use: the saved customisation, or the built-in. */
export async function getTemplate(db: AppDB, id: string, lang: Lang = 'zh-CN'): Promise<Template | undefined> {
  return (await db.templates.get(id)) ?? shippedTemplate(id, lang);
}

/** Every built-in template in its shipped order, each replaced by its customisation where one is saved. */
export async function listTemplates(db: AppDB, lang: Lang = 'zh-CN'): Promise<TemplateEntry[]> {
  const saved = new Map((await db.templates.toArray()).map((t) => [t.id, t]));
  return builtinTemplates(lang).map((b) => {
    const custom = saved.get(b.id);
    return { template: custom ?? b, customised: custom !== undefined };
  });
}

/**
 * What the audit trail keeps of a template: everything but the background scan's bytes (a scan is
 * megabytes; the trail records that it changed, by its size).
 */
function auditSnapshot(t: Template): Record<string, unknown> {
  // Through the schema, so keys come in one order and only real changes differ (the trail compares JSON).
  const parsed = parseTemplate(t);
  const { background, ...rest } = parsed.ok ? parsed.template : t;
  return background ? { ...rest, background: { bytes: background.dataUrl.length, print: background.print } } : { ...rest };
}

/**
 * Saves a customised template, validated with the same `parseTemplate` as an import (refused with
 * the reasons, nothing written), with its audit entry in one transaction. Needs 'settings.manage'.
 */
export async function saveTemplate(db: AppDB, actor: Actor, template: Template, now = Date.now()): Promise<Template> {
  assertCan(actor.roles, 'settings.manage');
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new TemplateInvalidError(parsed.problems);
  const next = parsed.template;
  const builtin = shippedTemplate(next.id);
  if (!builtin) throw new UnknownTemplateError(next.id);
  await db.transaction('rw', db.templates, db.auditLog, async () => {
    const before = (await db.templates.get(next.id)) ?? builtin;
    await db.templates.put(next);
    await auditChange(db, actor, {
      action: 'update',
      table: auditTable,
      recordId: next.id,
      before: auditSnapshot(before),
      after: auditSnapshot(next),
      at: now,
    });
  });
  return next;
}

/** Back to the built-in: deletes the customisation (audited); a template never customised stays as is. */
export async function resetTemplate(db: AppDB, actor: Actor, id: string, now = Date.now()): Promise<Template> {
  assertCan(actor.roles, 'settings.manage');
  const builtin = shippedTemplate(id);
  if (!builtin) throw new UnknownTemplateError(id);
  await db.transaction('rw', db.templates, db.auditLog, async () => {
    const before = await db.templates.get(id);
    if (!before) return;
    await db.templates.delete(id);
    await auditChange(db, actor, {
      action: 'remove',
      table: auditTable,
      recordId: id,
      before: auditSnapshot(before),
      after: auditSnapshot(builtin),
      at: now,
    });
  });
  return builtin;
}
