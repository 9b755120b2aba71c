import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { builtinTemplate } from '@shared/templates/builtin';
import type { Template } from '@shared/templates/template';
import type { AppDB } from './db';
import {
  getTemplate,
  listTemplates,
  resetTemplate,
  saveTemplate,
  TemplateInvalidError,
  UnknownTemplateError,
} from './templates-repo';
import { openTestDb } from './test-db';

const supervisor: Actor = { staffId: 1, name: '陈刚', roles: ['supervisor'] };
const clerk: Actor = { staffId: 2, name: '王丽', roles: ['frontdesk'] };

const shipped = builtinTemplate('waybill-generic');

function movedFirstField(t: Template, dx: number): Template {
  return { ...t, fields: t.fields.map((f, i) => (i === 0 ? { ...f, x: f.x + dx } : f)) };
}

let db: AppDB;
beforeEach(() => {
  db = openTestDb();
});
afterEach(async () => {
  await db.delete();
});

describe('templates: built-in until customised', () => {
  it('gives the built-in when nothing is saved, undefined for an unknown id', async () => {
    expect(await getTemplate(db, 'waybill-generic')).toEqual(shipped);
    expect(await getTemplate(db, 'no-such-template')).toBeUndefined();
  });

  it('saves a customised template, which then replaces the built-in everywhere', async () => {
    const custom = movedFirstField(shipped, 2);
    await saveTemplate(db, supervisor, custom);
    expect(await getTemplate(db, 'waybill-generic')).toEqual(custom);
    const list = await listTemplates(db);
    expect(list.map((e) => e.template.id)).toEqual(
      expect.arrayContaining(['waybill-generic', 'waybill-sf', 'thermal-100x150']),
    );
    expect(list.find((e) => e.template.id === 'waybill-generic')).toEqual({ template: custom, customised: true });
    expect(list.find((e) => e.template.id === 'waybill-sf')?.customised).toBe(false);
  });

  it('audits a save with the changed part only, and a reset', async () => {
    await saveTemplate(db, supervisor, movedFirstField(shipped, 2), 1000);
    await resetTemplate(db, supervisor, 'waybill-generic', 2000);
    const audit = await db.auditLog.orderBy('at').toArray();
    expect(audit.map((e) => [e.action, e.table, e.recordId, e.staffName])).toEqual([
      ['update', 'templates', 'waybill-generic', '陈刚'],
      ['remove', 'templates', 'waybill-generic', '陈刚'],
    ]);
    expect(Object.keys(audit[0]?.after ?? {})).toEqual(['fields']);
  });

  it('keeps the background scan out of the audit trail, recording only its size', async () => {
    const scan = `data:image/png;base64,${'A'.repeat(5000)}`;
    await saveTemplate(db, supervisor, { ...shipped, background: { dataUrl: scan, print: false } });
    const [entry] = await db.auditLog.toArray();
    expect(entry?.after).toEqual({ background: { bytes: scan.length, print: false } });
    expect((await getTemplate(db, 'waybill-generic'))?.background?.dataUrl).toBe(scan);
  });

  it('reset brings the built-in back; resetting an uncustomised template writes nothing', async () => {
    await saveTemplate(db, supervisor, movedFirstField(shipped, 2));
    expect(await resetTemplate(db, supervisor, 'waybill-generic')).toEqual(shipped);
    expect(await getTemplate(db, 'waybill-generic')).toEqual(shipped);
    const before = await db.auditLog.count();
    await resetTemplate(db, supervisor, 'waybill-sf');
    expect(await db.auditLog.count()).toBe(before);
  });
});

describe('templates: refused writes change nothing', () => {
  it('refuses an invalid template with the reasons (field off the page)', async () => {
    const off = movedFirstField(shipped, 500);
    const err = await saveTemplate(db, supervisor, off).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TemplateInvalidError);
    expect((err as TemplateInvalidError).problems).toContainEqual(expect.objectContaining({ kind: 'fieldOffPage' }));
    expect(await db.templates.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it('refuses unknown keys smuggled into a template', async () => {
    const withExtra = { ...shipped, colour: 'red' } as Template;
    await expect(saveTemplate(db, supervisor, withExtra)).rejects.toThrow(TemplateInvalidError);
    expect(await db.templates.count()).toBe(0);
  });

  it('refuses a template that is not one of the built-ins', async () => {
    await expect(saveTemplate(db, supervisor, { ...shipped, id: 'my-own' })).rejects.toThrow(UnknownTemplateError);
    await expect(resetTemplate(db, supervisor, 'my-own')).rejects.toThrow(UnknownTemplateError);
  });

  it('refuses a clerk without settings.manage', async () => {
    await expect(saveTemplate(db, clerk, movedFirstField(shipped, 1))).rejects.toThrow(PermissionError);
    await expect(resetTemplate(db, clerk, 'waybill-generic')).rejects.toThrow(PermissionError);
    expect(await db.templates.count()).toBe(0);
  });
});
