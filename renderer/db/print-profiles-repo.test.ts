import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import type { AppDB } from './db';
import {
  getProfile,
  listProfilesForTemplate,
  ProfileRangeError,
  rememberedPrinter,
  rememberPrinter,
  saveProfile,
  systemDialogPrinter,
} from './print-profiles-repo';
import { openTestDb } from './test-db';

const supervisor: Actor = { staffId: 1, name: '陈刚', roles: ['supervisor'] };
const clerk: Actor = { staffId: 2, name: '王丽', roles: ['frontdesk'] };
const printer = 'EPSON LQ-630K';

let db: AppDB;
beforeEach(() => {
  db = openTestDb();
});
afterEach(async () => {
  await db.delete();
});

describe('printer profiles', () => {
  it('is neutral when no profile was saved', async () => {
    expect(await getProfile(db, printer, 'waybill-generic')).toEqual({ offsetXMm: 0, offsetYMm: 0, driftMmPerSheet: 0 });
  });

  it('saves per printer and template, in 0.1 mm steps', async () => {
    const saved = await saveProfile(db, supervisor, printer, 'waybill-generic', { offsetXMm: 1.26, offsetYMm: -0.74, driftMmPerSheet: 0.149 });
    expect(saved).toEqual({ offsetXMm: 1.3, offsetYMm: -0.7, driftMmPerSheet: 0.1 });
    expect(await getProfile(db, printer, 'waybill-generic')).toEqual(saved);
    expect(await getProfile(db, printer, 'call-register')).toEqual({ offsetXMm: 0, offsetYMm: 0, driftMmPerSheet: 0 });
    expect(await getProfile(db, 'Other', 'waybill-generic')).toEqual({ offsetXMm: 0, offsetYMm: 0, driftMmPerSheet: 0 });
  });

  it('keeps a profile for the system dialog too (browser mode)', async () => {
    await saveProfile(db, supervisor, systemDialogPrinter, 'waybill-generic', { offsetXMm: 0.5, offsetYMm: 0, driftMmPerSheet: 0 });
    expect((await getProfile(db, systemDialogPrinter, 'waybill-generic')).offsetXMm).toBe(0.5);
    expect(await listProfilesForTemplate(db, 'waybill-generic')).toHaveLength(1);
  });

  it('overwrites the previous profile and audits both writes with who and what changed', async () => {
    await saveProfile(db, supervisor, printer, 'waybill-generic', { offsetXMm: 1, offsetYMm: 2, driftMmPerSheet: 0 }, 1000);
    await saveProfile(db, supervisor, printer, 'waybill-generic', { offsetXMm: 1, offsetYMm: 2.5, driftMmPerSheet: 0 }, 2000);
    expect(await db.printProfiles.count()).toBe(1);
    const audit = await db.auditLog.orderBy('at').toArray();
    expect(audit.map((e) => [e.action, e.table, e.staffName])).toEqual([
      ['create', 'printProfiles', '陈刚'],
      ['update', 'printProfiles', '陈刚'],
    ]);
    expect(audit[1]).toMatchObject({ before: { offsetYMm: 2 }, after: { offsetYMm: 2.5 } });
  });

  it('refuses a clerk without settings.manage and writes nothing', async () => {
    await expect(saveProfile(db, clerk, printer, 'waybill-generic', { offsetXMm: 1, offsetYMm: 0, driftMmPerSheet: 0 })).rejects.toThrow(PermissionError);
    expect(await db.printProfiles.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it('refuses absurd or non-numeric offsets and writes nothing', async () => {
    await expect(saveProfile(db, supervisor, printer, 't', { offsetXMm: 80, offsetYMm: 0, driftMmPerSheet: 0 })).rejects.toThrow(ProfileRangeError);
    await expect(saveProfile(db, supervisor, printer, 't', { offsetXMm: 0, offsetYMm: Number.NaN, driftMmPerSheet: 0 })).rejects.toThrow(ProfileRangeError);
    await expect(saveProfile(db, supervisor, printer, 't', { offsetXMm: 0, offsetYMm: 0, driftMmPerSheet: 11 })).rejects.toThrow(ProfileRangeError);
    expect(await db.printProfiles.count()).toBe(0);
  });
});

describe('remembered printer per template', () => {
  it('is null until chosen, then remembered per template', async () => {
    expect(await rememberedPrinter(db, 'waybill-generic')).toBeNull();
    await rememberPrinter(db, 'waybill-generic', printer);
    await rememberPrinter(db, 'label-100x150', 'Zebra');
    expect(await rememberedPrinter(db, 'waybill-generic')).toBe(printer);
    expect(await rememberedPrinter(db, 'label-100x150')).toBe('Zebra');
    await rememberPrinter(db, 'waybill-generic', systemDialogPrinter);
    expect(await rememberedPrinter(db, 'waybill-generic')).toBe('');
  });
});
