import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@shared/i18n';
import { isConfirmed, restoreSummary, staffChangeLines } from './restore-summary';

const t: Translate = (key, params) => translate('zh-CN', key, params);

describe('restore summary', () => {
  it('names the tables in Chinese, in the app’s order, and adds them up', () => {
    const summary = restoreSummary(t, { tables: { auditLog: 9, callLogs: 5, customers: 3, settings: 4, staff: 2 } });
    expect(summary.rows.map((r) => [r.label, r.rows])).toEqual([
      ['客户', 3],
      ['电话记录', 5],
      ['员工', 2],
      ['设置', 4],
      ['审计日志', 9],
    ]);
    expect(summary.total).toBe(23);
  });

  it('names every table of the database, the later ones after the first eight; an unknown one keeps its stored name, last', () => {
    const summary = restoreSummary(t, { tables: { slips: 2, shipments: 7, customers: 1 } });
    expect(summary.rows.map((r) => r.label)).toEqual(['客户', '发货登记', 'slips']);
  });

  it('says each staff change in words: who is added or removed, and what changes for whom', () => {
    expect(
      staffChangeLines(t, [
        { kind: 'added', name: '假主管', roles: ['supervisor'] },
        { kind: 'removed', name: '李强', roles: ['warehouse'] },
        { kind: 'changed', name: '王丽', roles: { before: ['frontdesk'], after: ['frontdesk', 'supervisor'] }, pinChanged: true },
        { kind: 'changed', name: '赵敏', active: { before: true, after: false }, pinChanged: false },
      ]),
    ).toEqual(['新增:假主管(主管)', '将被移除:李强(库管)', '王丽:角色 售后 → 售后、主管;PIN 不同', '赵敏:变为停用']);
  });

  it('the restore waits for a tick on an old unencrypted file and on a loss of audit entries, each', () => {
    const audit = (lost: number) => ({ audit: { live: 5, file: 5 - lost, lost } });
    const none = { unprotected: false, auditLoss: false };
    expect(isConfirmed({ protection: 'device', preview: audit(0) }, none)).toBe(true);
    expect(isConfirmed({ protection: 'device', preview: audit(2) }, none)).toBe(false);
    expect(isConfirmed({ protection: 'device', preview: audit(2) }, { ...none, auditLoss: true })).toBe(true);
    expect(isConfirmed({ protection: 'unprotected', preview: audit(0) }, none)).toBe(false);
    expect(isConfirmed({ protection: 'unprotected', preview: audit(2) }, { unprotected: true, auditLoss: false })).toBe(false);
    expect(isConfirmed({ protection: 'unprotected', preview: audit(2) }, { unprotected: true, auditLoss: true })).toBe(true);
  });
});
