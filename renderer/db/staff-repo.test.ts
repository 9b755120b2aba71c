import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { ValidationError } from '@shared/validation';
import { recordHistory } from './audit-repo';
import type { AppDB } from './db';
import { changeOwnPin, createFirstSupervisor, createStaff, hasAnyStaff, listStaff, resetStaffPin, signIn, unlockStaff, updateStaff } from './staff-repo';
import { openTestDb, testActor } from './test-db';

let db: AppDB;
beforeEach(() => {
  db = openTestDb();
});
afterEach(async () => {
  await db.delete();
});

const clerk = (roles: Actor['roles'] = ['frontdesk']) => ({ name: '王丽', roles, active: true });

describe('first supervisor', () => {
  it('creates the supervisor account first, storing only a salted slow hash of the PIN', async () => {
    expect(await hasAnyStaff(db)).toBe(false);
    const boss = await createFirstSupervisor(db, ' 张主管 ', '258025', 1000);
    expect(boss).toEqual({ staffId: expect.any(Number), name: '张主管', roles: ['supervisor'] });
    expect(await hasAnyStaff(db)).toBe(true);
    const row = await db.staff.get(boss.staffId);
    expect(row?.pinHash).not.toContain('258025');
    expect(row?.pinIterations).toBeGreaterThanOrEqual(100_000);
    expect(row).toMatchObject({ active: true, failedAttempts: 0, lockedUntil: 0, createdAt: 1000 });
    const [entry] = await recordHistory(db, 'staff', boss.staffId);
    expect(entry).toMatchObject({ action: 'create', staffId: boss.staffId, after: { name: '张主管', roles: ['supervisor'], active: true } });
    expect(JSON.stringify(entry)).not.toContain(row?.pinHash);
  });

  it('is refused once any staff exists, and with a bad PIN or name; nothing more is written', async () => {
    await expect(createFirstSupervisor(db, '张主管', '12')).rejects.toMatchObject({ issues: [{ message: 'staff.error.pinFormat' }] });
    await expect(createFirstSupervisor(db, '张主管', '1234')).rejects.toMatchObject({ issues: [{ message: 'staff.error.supervisorPinFormat' }] });
    await expect(createFirstSupervisor(db, ' ', '123456')).rejects.toMatchObject({ issues: [{ message: 'staff.error.nameRequired' }] });
    expect(await hasAnyStaff(db)).toBe(false);
    await createFirstSupervisor(db, '张主管', '123456');
    await expect(createFirstSupervisor(db, '李主管', '123456')).rejects.toMatchObject({ issues: [{ message: 'staff.error.alreadySetUp' }] });
    expect(await listStaff(db)).toHaveLength(1);
    expect(await db.auditLog.count()).toBe(1);
  });
});

describe('staff management (staff.manage)', () => {
  let boss: Actor;
  beforeEach(async () => {
    boss = await createFirstSupervisor(db, '张主管', '999999');
  });

  it('the supervisor adds staff; each add is audited without the PIN hash', async () => {
    const id = await createStaff(db, boss, { name: '陈刚', roles: ['logistics', 'frontdesk'], active: true }, '4444');
    const [entry] = await recordHistory(db, 'staff', id);
    expect(entry).toMatchObject({ action: 'create', staffId: boss.staffId, staffName: '张主管', after: { name: '陈刚', roles: ['frontdesk', 'logistics'], active: true } });
    expect(Object.keys(entry?.after ?? {}).sort()).toEqual(['active', 'name', 'pinChangedAt', 'roles']);
    expect(await signIn(db, id, '4444')).toMatchObject({ ok: true, actor: { staffId: id, roles: ['frontdesk', 'logistics'] } });
  });

  it('a front-desk account calling the repository directly cannot create, change or reset staff', async () => {
    const frontdesk = testActor(['frontdesk', 'warehouse', 'logistics'], 50, '王丽');
    await expect(createStaff(db, frontdesk, clerk(['supervisor']), '1234')).rejects.toBeInstanceOf(PermissionError);
    await expect(updateStaff(db, frontdesk, boss.staffId, { name: '张主管', roles: ['frontdesk'], active: true })).rejects.toBeInstanceOf(PermissionError);
    await expect(resetStaffPin(db, frontdesk, boss.staffId, '0000')).rejects.toBeInstanceOf(PermissionError);
    expect(await listStaff(db)).toHaveLength(1);
    expect((await db.staff.get(boss.staffId))?.roles).toEqual(['supervisor']);
    expect(await db.auditLog.count()).toBe(1);
  });

  it('refuses invalid input, a duplicate active name and an unknown id, writing nothing', async () => {
    await expect(createStaff(db, boss, { name: '王丽', roles: [], active: true }, '1234')).rejects.toBeInstanceOf(ValidationError);
    await expect(createStaff(db, boss, clerk(), '12345678901')).rejects.toMatchObject({ issues: [{ path: 'pin' }] });
    await createStaff(db, boss, clerk(), '1111');
    await expect(createStaff(db, boss, clerk(['warehouse']), '2222')).rejects.toMatchObject({ issues: [{ message: 'staff.error.duplicateName' }] });
    await expect(updateStaff(db, boss, 999, clerk())).rejects.toMatchObject({ issues: [{ message: 'staff.error.notFound' }] });
    expect(await listStaff(db)).toHaveLength(2);
    expect(await db.auditLog.count()).toBe(2);
  });

  it('an update is audited with the changed fields only; an unchanged save writes nothing', async () => {
    const id = await createStaff(db, boss, clerk(), '1111');
    await updateStaff(db, boss, id, { name: '王丽', roles: ['frontdesk', 'warehouse'], active: true });
    await updateStaff(db, boss, id, { name: '王丽', roles: ['warehouse', 'frontdesk'], active: true });
    const history = await recordHistory(db, 'staff', id);
    expect(history).toHaveLength(2);
    expect(history[1]).toMatchObject({ action: 'update', before: { roles: ['frontdesk'] }, after: { roles: ['frontdesk', 'warehouse'] } });
    expect(Object.keys(history[1]?.after ?? {})).toEqual(['roles']);
  });

  it('keeps at least one active supervisor', async () => {
    const demote = { name: '张主管', roles: ['frontdesk'] as Actor['roles'], active: true };
    await expect(updateStaff(db, boss, boss.staffId, demote)).rejects.toMatchObject({ issues: [{ message: 'staff.error.lastSupervisor' }] });
    await expect(updateStaff(db, boss, boss.staffId, { ...demote, roles: ['supervisor'], active: false })).rejects.toMatchObject({
      issues: [{ message: 'staff.error.lastSupervisor' }],
    });
    await createStaff(db, boss, { name: '李主任', roles: ['supervisor'], active: true }, '777777');
    await updateStaff(db, boss, boss.staffId, demote);
    expect((await db.staff.get(boss.staffId))?.roles).toEqual(['frontdesk']);
  });

  it('resetting a PIN replaces it, lifts a lockout and audits only when the PIN was set', async () => {
    const id = await createStaff(db, boss, clerk(), '1111', 1000);
    for (let i = 0; i < 5; i++) await signIn(db, id, '0000', 5000);
    expect((await signIn(db, id, '1111', 5000)).ok).toBe(false);
    await resetStaffPin(db, boss, id, '123456', 6000);
    expect(await signIn(db, id, '1111', 6000)).toMatchObject({ ok: false, reason: 'wrong' });
    expect((await signIn(db, id, '123456', 6000)).ok).toBe(true);
    const last = (await recordHistory(db, 'staff', id)).at(-1);
    expect(last).toMatchObject({ action: 'update', before: { pinChangedAt: 1000 }, after: { pinChangedAt: 6000 } });
    expect(JSON.stringify(last)).not.toMatch(/pinHash|pinSalt|123456/);
  });

  it('lists staff by name without PIN hashes, the active ones only when asked', async () => {
    const gone = await createStaff(db, boss, { name: '阿文', roles: ['warehouse'], active: true }, '1111');
    await createStaff(db, boss, clerk(), '2222');
    await updateStaff(db, boss, gone, { name: '阿文', roles: ['warehouse'], active: false });
    const all = await listStaff(db);
    expect(all.map((s) => s.name)).toEqual(['阿文', '王丽', '张主管']);
    expect(all.some((s) => 'pinHash' in s || 'pinSalt' in s)).toBe(false);
    expect((await listStaff(db, { activeOnly: true })).map((s) => s.name)).toEqual(['王丽', '张主管']);
  });

  it('a supervisor account is created and reset only with a PIN of 6 to 8 digits; other roles keep 4', async () => {
    const boss2 = { name: '李主任', roles: ['supervisor'] as Actor['roles'], active: true };
    await expect(createStaff(db, boss, boss2, '1234')).rejects.toMatchObject({ issues: [{ path: 'pin', message: 'staff.error.supervisorPinFormat' }] });
    await expect(createStaff(db, boss, { ...boss2, roles: ['frontdesk', 'supervisor'] }, '12345')).rejects.toMatchObject({
      issues: [{ message: 'staff.error.supervisorPinFormat' }],
    });
    expect(await listStaff(db)).toHaveLength(1);
    const id = await createStaff(db, boss, boss2, '123456');
    await expect(resetStaffPin(db, boss, id, '1234')).rejects.toMatchObject({ issues: [{ message: 'staff.error.supervisorPinFormat' }] });
    expect(await signIn(db, id, '123456')).toMatchObject({ ok: true, mustChangePin: false });
    const clerkId = await createStaff(db, boss, clerk(), '1111');
    await resetStaffPin(db, boss, clerkId, '2222');
    expect(await signIn(db, clerkId, '2222')).toMatchObject({ ok: true, mustChangePin: false });
  });

  it('a supervisor whose PIN still has 4 digits signs in, and is asked to set a longer one', async () => {
    // A clerk with a 4-digit PIN is made a supervisor: the PIN keeps working, but it is too short now.
    const id = await createStaff(db, boss, clerk(), '1111');
    await updateStaff(db, boss, id, clerk(['frontdesk', 'supervisor']));
    expect(await signIn(db, id, '1111', 2000)).toMatchObject({ ok: true, mustChangePin: true });
    await expect(changeOwnPin(db, id, '1111', '2222', 2000)).rejects.toMatchObject({ issues: [{ message: 'staff.error.supervisorPinFormat' }] });
    await expect(changeOwnPin(db, id, '1112', '246810', 2000)).rejects.toMatchObject({ issues: [{ path: 'currentPin', message: 'staff.error.currentPinWrong' }] });
    await changeOwnPin(db, id, '1111', '246810', 3000);
    expect(await signIn(db, id, '1111', 3000)).toMatchObject({ ok: false, reason: 'wrong' });
    expect(await signIn(db, id, '246810', 3000)).toMatchObject({ ok: true, mustChangePin: false });
    const last = (await recordHistory(db, 'staff', id)).at(-1);
    expect(last).toMatchObject({ action: 'update', staffId: id, after: { pinChangedAt: 3000 } });
  });

  it('a locked supervisor is unlocked by another supervisor (the PIN stays, the growth starts over); never by themselves', async () => {
    const other = await createStaff(db, boss, { name: '李主任', roles: ['supervisor'], active: true }, '777777');
    for (let i = 0; i < 5; i++) await signIn(db, other, '000000', 10_000);
    expect(await signIn(db, other, '777777', 10_001)).toMatchObject({ ok: false, reason: 'locked' });
    const otherActor = { staffId: other, name: '李主任', roles: ['supervisor'] as Actor['roles'] };
    await expect(unlockStaff(db, otherActor, other, 10_002)).rejects.toMatchObject({ issues: [{ message: 'staff.error.unlockSelf' }] });
    await unlockStaff(db, boss, other, 10_002);
    expect(await db.staff.get(other)).toMatchObject({ failedAttempts: 0, lockedUntil: 0, lockouts: 0 });
    expect(await signIn(db, other, '777777', 10_003)).toMatchObject({ ok: true });
    const last = (await recordHistory(db, 'staff', other)).at(-1);
    expect(last).toMatchObject({ action: 'update', staffId: boss.staffId, before: { locked: true }, after: { locked: false } });
    await expect(unlockStaff(db, boss, other, 10_004)).rejects.toMatchObject({ issues: [{ message: 'staff.error.notLocked' }] });
    const frontdesk = testActor(['frontdesk'], 50, '王丽');
    await expect(unlockStaff(db, frontdesk, other, 10_004)).rejects.toBeInstanceOf(PermissionError);
  });
});
