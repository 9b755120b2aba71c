import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Approval } from '@shared/auth/approval';
import { PermissionError } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import type { CallLogInput } from '@shared/domain/call-log';
import { isPermanent } from '@shared/domain/retention';
import { withoutVoided } from '@shared/domain/void';
import { ValidationError } from '@shared/validation';
import { recordHistory } from './audit-repo';
import * as callLogsRepo from './call-logs-repo';
import { createCallLog, getCallLog, listCallLogs, voidCallLog } from './call-logs-repo';
import type { AppDB } from './db';
import { approveAsSupervisor, createFirstSupervisor, createStaff, updateStaff } from './staff-repo';
import { openTestDb, testActor } from './test-db';

let db: AppDB;
let boss: Actor;
let clerk: Actor;
let callId: number;
const t0 = new Date(2026, 10, 20, 9, 0).getTime();

const call: CallLogInput = { direction: 'in', at: t0 - 3_600_000, phone: '13800138000', contact: '张伟', topic: 'consult', content: '重复登记', result: '' };

async function approval(supervisorId = boss.staffId, pin = '999999'): Promise<Approval> {
  const r = await approveAsSupervisor(db, supervisorId, pin, '同意', t0);
  if (!r.ok) throw new Error(`approval refused: ${r.reason}`);
  return r.approval;
}

beforeEach(async () => {
  db = openTestDb();
  boss = await createFirstSupervisor(db, '张主管', '999999', t0);
  const clerkId = await createStaff(db, boss, { name: '王丽', roles: ['frontdesk'], active: true }, '1111', t0);
  clerk = { staffId: clerkId, name: '王丽', roles: ['frontdesk'] };
  callId = await createCallLog(db, clerk, call);
});
afterEach(async () => {
  await db.delete();
});

describe('voiding a call log (REC-1: permanent records are voided, never deleted)', () => {
  it('REC-1: call logs are permanent and their repository has no delete function', () => {
    expect(isPermanent('callLogs')).toBe(true);
    expect(Object.keys(callLogsRepo).filter((name) => /delete|remove|clear|purge/i.test(name))).toEqual([]);
    expect(Object.keys(callLogsRepo)).toContain('voidCallLog');
  });

  it('REC-1: a supervisor voids with a reason and an approval; the call stays, marked, and leaves the counts', async () => {
    const signed = await approval();
    const mark = await voidCallLog(db, boss, callId, ' 与上一条重复 ', signed, t0 + 1000);
    expect(mark).toEqual({ at: t0 + 1000, byId: boss.staffId, byName: '张主管', reason: '与上一条重复', approval: signed });
    const listed = await listCallLogs(db, t0 - 86_400_000, t0 + 1);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: callId, content: '重复登记', voided: mark });
    expect(withoutVoided(listed)).toEqual([]);
  });

  it('the void is audited with the mark as the only changed field and the reason as note', async () => {
    const signed = await approval();
    await voidCallLog(db, boss, callId, '与上一条重复', signed, t0 + 1000);
    const history = await recordHistory(db, 'callLogs', callId);
    expect(history.map((e) => e.action)).toEqual(['create', 'void']);
    expect(history[1]).toMatchObject({ staffId: boss.staffId, at: t0 + 1000, before: {}, note: '与上一条重复' });
    expect(history[1]?.after).toEqual({ voided: { at: t0 + 1000, byId: boss.staffId, byName: '张主管', reason: '与上一条重复', approval: signed } });
  });

  it('a void needs a reason that is not blank', async () => {
    const signed = await approval();
    for (const reason of ['', '   ']) {
      await expect(voidCallLog(db, boss, callId, reason, signed, t0)).rejects.toMatchObject({ issues: [{ path: 'reason', message: 'void.error.reasonRequired' }] });
    }
    expect((await getCallLog(db, callId))?.voided).toBeUndefined();
    expect(await recordHistory(db, 'callLogs', callId)).toHaveLength(1);
  });

  it('a warehouse-only (or front-desk) account calling the repository directly is refused', async () => {
    const signed = await approval();
    await expect(voidCallLog(db, testActor(['warehouse'], 30, '李强'), callId, '重复', signed, t0)).rejects.toBeInstanceOf(PermissionError);
    await expect(voidCallLog(db, clerk, callId, '重复', signed, t0)).rejects.toBeInstanceOf(PermissionError);
    expect((await getCallLog(db, callId))?.voided).toBeUndefined();
  });

  it('an approval from a non-supervisor, a disabled supervisor or a stale one is refused', async () => {
    const forged: Approval = { supervisorId: clerk.staffId, supervisorName: clerk.name, at: t0, note: '' };
    await expect(voidCallLog(db, boss, callId, '重复', forged, t0)).rejects.toMatchObject({ issues: [{ message: 'approval.error.notSupervisor' }] });
    const signed = await approval();
    await expect(voidCallLog(db, boss, callId, '重复', signed, t0 + 60 * 60_000)).rejects.toMatchObject({ issues: [{ message: 'approval.error.stale' }] });
    const second = await createStaff(db, boss, { name: '李主任', roles: ['supervisor'], active: true }, '777777', t0);
    const bySecond = await approval(second, '777777');
    await updateStaff(db, boss, second, { name: '李主任', roles: ['supervisor'], active: false });
    await expect(voidCallLog(db, boss, callId, '重复', bySecond, t0)).rejects.toMatchObject({ issues: [{ message: 'approval.error.notSupervisor' }] });
    expect((await getCallLog(db, callId))?.voided).toBeUndefined();
  });

  it('a wrong supervisor PIN gives no approval, so nothing can be voided', async () => {
    expect(await approveAsSupervisor(db, boss.staffId, '0000', '', t0)).toEqual({ ok: false, reason: 'wrong' });
    expect((await getCallLog(db, callId))?.voided).toBeUndefined();
  });

  it('a voided call cannot be voided again, and an unknown call is reported', async () => {
    await voidCallLog(db, boss, callId, '重复', await approval(), t0);
    await expect(voidCallLog(db, boss, callId, '再次', await approval(), t0)).rejects.toMatchObject({ issues: [{ message: 'void.error.alreadyVoided' }] });
    await expect(voidCallLog(db, boss, 999, '重复', await approval(), t0)).rejects.toMatchObject({ issues: [{ message: 'call.error.notFound' }] });
    expect((await getCallLog(db, callId))?.voided?.reason).toBe('重复');
    expect((await recordHistory(db, 'callLogs', callId)).map((e) => e.action)).toEqual(['create', 'void']);
  });

  it('a void whose audit entry fails leaves the call unvoided and no entry', async () => {
    const signed = await approval();
    db.auditLog.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(voidCallLog(db, boss, callId, '重复', signed, t0)).rejects.toThrow('disk full');
    expect((await getCallLog(db, callId))?.voided).toBeUndefined();
    expect(await recordHistory(db, 'callLogs', callId)).toHaveLength(1);
  });

  it('refuses a void with an invalid reason before reading anything', async () => {
    await expect(voidCallLog(db, boss, callId, 'x'.repeat(501), await approval(), t0)).rejects.toBeInstanceOf(ValidationError);
  });
});
