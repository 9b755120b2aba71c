import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockoutMs } from '@shared/auth/lockout';
import type { Actor } from '@shared/auth/roles';
import type { AppDB } from './db';
import { approveAsSupervisor, checkApproval, createFirstSupervisor, createStaff, signIn, updateStaff } from './staff-repo';
import { openTestDb } from './test-db';

let db: AppDB;
let boss: Actor;
let clerkId: number;
const t0 = new Date(2026, 10, 20, 9, 0).getTime();

beforeEach(async () => {
  db = openTestDb();
  boss = await createFirstSupervisor(db, '张主管', '999999', t0);
  clerkId = await createStaff(db, boss, { name: '王丽', roles: ['frontdesk'], active: true }, '1111', t0);
});
afterEach(async () => {
  await db.delete();
});

describe('sign-in with a PIN', () => {
  it('the right PIN signs in as the staff member', async () => {
    expect(await signIn(db, clerkId, '1111', t0)).toEqual({ ok: true, actor: { staffId: clerkId, name: '王丽', roles: ['frontdesk'] }, mustChangePin: false });
  });

  it('a wrong PIN or an unknown account gives the same answer, telling nothing more', async () => {
    expect(await signIn(db, clerkId, '1112', t0)).toEqual({ ok: false, reason: 'wrong' });
    expect(await signIn(db, 424242, '1111', t0)).toEqual({ ok: false, reason: 'wrong' });
  });

  it('five wrong PINs lock the account for five minutes; the right PIN is refused while locked', async () => {
    for (let i = 0; i < 4; i++) expect(await signIn(db, clerkId, '0000', t0 + i)).toEqual({ ok: false, reason: 'wrong' });
    expect(await signIn(db, clerkId, '0000', t0 + 4)).toEqual({ ok: false, reason: 'locked', lockedUntil: t0 + 4 + lockoutMs });
    expect(await signIn(db, clerkId, '1111', t0 + 5)).toEqual({ ok: false, reason: 'locked', lockedUntil: t0 + 4 + lockoutMs });
    expect(await signIn(db, clerkId, '1111', t0 + 3 + lockoutMs)).toMatchObject({ ok: false, reason: 'locked' });
    expect(await signIn(db, clerkId, '1111', t0 + 4 + lockoutMs)).toMatchObject({ ok: true });
  });

  it('the next lockout in a row lasts 15 minutes, then 60; a right PIN after it starts again at 5', async () => {
    const lockOnce = async (at: number) => {
      let last = await signIn(db, clerkId, '0000', at);
      for (let i = 0; i < 4; i++) last = await signIn(db, clerkId, '0000', at);
      return last.ok ? 0 : (last.lockedUntil ?? 0) - at;
    };
    const minute = 60_000;
    expect(await lockOnce(t0)).toBe(5 * minute);
    expect(await lockOnce(t0 + 5 * minute)).toBe(15 * minute);
    expect(await lockOnce(t0 + 20 * minute)).toBe(60 * minute);
    expect((await signIn(db, clerkId, '1111', t0 + 80 * minute)).ok).toBe(true);
    expect(await lockOnce(t0 + 81 * minute)).toBe(5 * minute);
  });

  it('the lock is per account: another staff member still signs in', async () => {
    for (let i = 0; i < 5; i++) await signIn(db, clerkId, '0000', t0);
    expect((await signIn(db, boss.staffId, '999999', t0)).ok).toBe(true);
  });

  it('a right PIN resets the count of wrong ones', async () => {
    for (let i = 0; i < 4; i++) await signIn(db, clerkId, '0000', t0);
    expect((await signIn(db, clerkId, '1111', t0)).ok).toBe(true);
    for (let i = 0; i < 4; i++) await signIn(db, clerkId, '0000', t0);
    expect((await signIn(db, clerkId, '1111', t0)).ok).toBe(true);
  });

  it('a disabled account cannot sign in', async () => {
    await updateStaff(db, boss, clerkId, { name: '王丽', roles: ['frontdesk'], active: false });
    expect(await signIn(db, clerkId, '1111', t0)).toEqual({ ok: false, reason: 'inactive' });
  });

  it('signing in writes no audit entry and no record', async () => {
    const before = await db.auditLog.count();
    await signIn(db, clerkId, '1111', t0);
    await signIn(db, clerkId, '0000', t0);
    expect(await db.auditLog.count()).toBe(before);
  });
});

describe('supervisor approval (领导签字)', () => {
  it('a supervisor signs with their own PIN: who, when and the note', async () => {
    expect(await approveAsSupervisor(db, boss.staffId, '999999', ' 重复登记,同意作废 ', t0)).toEqual({
      ok: true,
      approval: { supervisorId: boss.staffId, supervisorName: '张主管', at: t0, note: '重复登记,同意作废' },
    });
  });

  it('a non-supervisor cannot sign, even with the right PIN', async () => {
    expect(await approveAsSupervisor(db, clerkId, '1111', '', t0)).toEqual({ ok: false, reason: 'notSupervisor' });
    expect(await approveAsSupervisor(db, 999, '1111', '', t0)).toEqual({ ok: false, reason: 'notSupervisor' });
  });

  it('a wrong PIN is refused and counts toward the same lockout as sign-in', async () => {
    for (let i = 0; i < 4; i++) expect(await approveAsSupervisor(db, boss.staffId, '0000', '', t0)).toEqual({ ok: false, reason: 'wrong' });
    expect(await approveAsSupervisor(db, boss.staffId, '0000', '', t0)).toMatchObject({ ok: false, reason: 'locked' });
    expect(await approveAsSupervisor(db, boss.staffId, '999999', '', t0 + 1)).toMatchObject({ ok: false, reason: 'locked' });
    expect(await signIn(db, boss.staffId, '999999', t0 + 1)).toMatchObject({ ok: false, reason: 'locked' });
  });

  it('an approval is re-checked where it is used: active supervisor, same name, given just now', async () => {
    const result = await approveAsSupervisor(db, boss.staffId, '999999', '', t0);
    if (!result.ok) throw new Error(result.reason);
    const { approval } = result;
    await expect(checkApproval(db, approval, t0 + 60_000)).resolves.toBeUndefined();
    await expect(checkApproval(db, { ...approval, supervisorName: '别人' }, t0)).rejects.toMatchObject({ issues: [{ message: 'approval.error.notSupervisor' }] });
    await expect(checkApproval(db, { ...approval, supervisorId: clerkId, supervisorName: '王丽' }, t0)).rejects.toMatchObject({
      issues: [{ message: 'approval.error.notSupervisor' }],
    });
    await expect(checkApproval(db, approval, t0 + 11 * 60_000)).rejects.toMatchObject({ issues: [{ message: 'approval.error.stale' }] });
  });
});
