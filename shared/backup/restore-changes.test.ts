import { describe, expect, it } from 'vitest';
import { auditFingerprint, countLostAudit, staffChanges, staffSnapshot, type StaffSnapshot } from './restore-changes';

const person = (id: number, name: string, roles: StaffSnapshot['roles'], pin = 'h:s', active = true): StaffSnapshot => ({ id, name, roles, active, pin });

describe('what a restore changes in the staff table', () => {
  it('lists people added and removed, and changed roles, PIN, name and active flag', () => {
    const live = [person(1, '周主管', ['supervisor']), person(2, '王丽', ['frontdesk']), person(3, '李强', ['warehouse'])];
    const file = [
      person(1, '周主管', ['supervisor'], 'other:salt'),
      person(2, '王丽', ['frontdesk', 'supervisor']),
      person(4, '假主管', ['supervisor']),
    ];
    expect(staffChanges(live, file)).toEqual([
      { kind: 'added', name: '假主管', roles: ['supervisor'] },
      { kind: 'changed', name: '周主管', pinChanged: true },
      { kind: 'changed', name: '王丽', pinChanged: false, roles: { before: ['frontdesk'], after: ['frontdesk', 'supervisor'] } },
      { kind: 'removed', name: '李强', roles: ['warehouse'] },
    ]);
    expect(staffChanges([person(5, 'A', ['logistics'])], [person(5, 'A', ['logistics'], 'h:s', false)])).toEqual([
      { kind: 'changed', name: 'A', active: { before: true, after: false }, pinChanged: false },
    ]);
    // Another PC's account 1 under another name is another person.
    expect(staffChanges([person(1, '吴主管', ['supervisor'])], [person(1, '周主管', ['supervisor'])])).toEqual([
      { kind: 'added', name: '周主管', roles: ['supervisor'] },
      { kind: 'removed', name: '吴主管', roles: ['supervisor'] },
    ]);
    expect(staffChanges(live, live)).toEqual([]);
  });

  it('reads a damaged staff row without failing: unknown roles are dropped, a row without a key is skipped', () => {
    expect(staffSnapshot({ id: 7, name: 9, roles: 'supervisor', active: 'yes' })).toEqual({ id: 7, name: '', roles: [], active: false, pin: ':' });
    expect(staffSnapshot({ id: 7, roles: ['supervisor', 'king'] })?.roles).toEqual(['supervisor']);
    expect(staffSnapshot({ name: 'x' })).toBeNull();
    expect(staffSnapshot(null)).toBeNull();
  });
});

describe('what a restore changes in the audit trail', () => {
  const entry = (id: number, recordId = String(id)) => ({ id, at: 1000 + id, staffId: 1, action: 'create', table: 'callLogs', recordId });

  it('counts today’s entries the file does not hold, and those it holds differently (another PC’s trail)', () => {
    const file = new Map([entry(1), entry(2), entry(3, 'changed')].map((e) => [e.id, auditFingerprint(e)?.fingerprint ?? 0]));
    expect(countLostAudit([entry(1), entry(2), entry(3), entry(4), entry(5)], file)).toEqual({ live: 5, lost: 3 });
    expect(countLostAudit([entry(1), entry(2)], file)).toEqual({ live: 2, lost: 0 });
    expect(countLostAudit([], file)).toEqual({ live: 0, lost: 0 });
  });
});
