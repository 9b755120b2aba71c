import { describe, expect, it } from 'vitest';
import { changedFields } from '@shared/audit/audit';
import { translate, type Translate } from '@shared/i18n';
import { changesSummary, entryChanges, fieldLabel, tableLabel, valueText } from './audit-text';

const t: Translate = (key, params) => translate('zh-CN', key, params);
const en: Translate = (key, params) => translate('en', key, params);

const approval = { supervisorId: 1, supervisorName: '陈主管', at: 1, note: '' };

describe('audit entries in words', () => {
  it('names tables and fields from the dictionary, and keeps unknown ones as stored', () => {
    expect(tableLabel(t, 'callLogs')).toBe('电话记录');
    expect(tableLabel(en, 'customers')).toBe('Customers');
    expect(tableLabel(t, 'slips')).toBe('slips');
    expect(fieldLabel(t, 'callLogs', 'content')).toBe('内容');
    expect(fieldLabel(t, 'customers', 'phones')).toBe('电话');
    expect(fieldLabel(t, 'callLogs', 'handlerName')).toBe('经手人');
    expect(fieldLabel(t, 'callLogs', 'mystery')).toBe('mystery');
  });

  it('shows codes as words: topic, direction, roles, yes/no, times, empty values', () => {
    expect(valueText(t, 'callLogs', 'topic', 'repair')).toBe('报修');
    expect(valueText(t, 'callLogs', 'direction', 'out')).toBe('去电');
    expect(valueText(t, 'staff', 'roles', ['frontdesk', 'logistics'])).toBe('售后、物流');
    expect(valueText(t, 'staff', 'active', false)).toBe('否');
    expect(valueText(t, 'callLogs', 'at', new Date(2026, 4, 6, 9, 5).getTime())).toBe('2026-05-06 09:05');
    expect(valueText(t, 'callLogs', 'result', '')).toBe('(空)');
    expect(valueText(t, 'customers', 'phones', ['13800138000', '01012345678'])).toBe('13800138000、01012345678');
  });

  it('shows a customer’s addresses on one line each, not as objects', () => {
    const addresses = [
      { province: '浙江省', city: '杭州市', district: '西湖区', detail: '文三路 1 号', isDefault: true },
      { province: '', city: '', district: '', detail: '仓库', isDefault: false },
    ];
    expect(valueText(t, 'customers', 'addresses', addresses)).toBe('浙江省杭州市西湖区文三路 1 号、仓库');
    expect(fieldLabel(t, 'customers', 'addresses')).toBe('地址');
    expect(valueText(t, 'customers', 'addresses', [])).toBe('(空)');
    expect(valueText(t, 'customers', 'type', 'member')).toBe('会员');
  });

  it('a derived one-line address is not listed beside the addresses it comes from', () => {
    const entry = {
      table: 'customers',
      before: { address: '', addresses: [] },
      after: { address: '杭州', addresses: [{ province: '', city: '杭州', district: '', detail: '', isDefault: true }] },
    };
    expect(changesSummary(t, entry)).toBe('地址:(空) → 杭州');
  });

  it('shows a void mark as its reason and approver, not as JSON', () => {
    const mark = { at: 5, byId: 1, byName: '陈主管', reason: '重复录入', approval };
    expect(valueText(t, 'callLogs', 'voided', mark)).toBe('重复录入(批准人:陈主管)');
  });

  it('an update lists only the changed fields, before → after, with labels', () => {
    const before = { id: 3, content: '咨询', result: '', topic: 'consult', searchKeys: ['x'] };
    const after = { id: 3, content: '咨询保修', result: '已回复', topic: 'consult', searchKeys: ['y'] };
    const entry = { table: 'callLogs', ...changedFields(before, after) };
    expect(entryChanges(t, entry)).toEqual([
      { field: 'content', label: '内容', before: '咨询', after: '咨询保修' },
      { field: 'result', label: '处理结果', before: '(空)', after: '已回复' },
    ]);
    expect(changesSummary(t, entry)).toBe('内容:咨询 → 咨询保修;处理结果:(空) → 已回复');
  });

  it('a create shows the new values without a "before"; a void shows the mark that was added', () => {
    expect(changesSummary(t, { table: 'customers', after: { name: '张三', phones: ['13800138000'] } })).toBe(
      '客户名称:张三;电话:13800138000',
    );
    const voided = { at: 5, byId: 1, byName: '陈主管', reason: '打错电话', approval };
    const entry = { table: 'callLogs', ...changedFields({ content: 'a' }, { content: 'a', voided }) };
    expect(changesSummary(t, entry)).toBe('作废:打错电话(批准人:陈主管)');
  });

  it('hides the handler id beside the handler name', () => {
    const created = { table: 'callLogs', after: { content: '咨询', handlerId: 4, handlerName: '王丽' } };
    expect(changesSummary(t, created)).toBe('内容:咨询;经手人:王丽');
  });

  it('hides the PIN salt and iteration count; a PIN change reads as one masked line', () => {
    const entry = { table: 'staff', before: { pinHash: 'a', pinSalt: 'b' }, after: { pinHash: 'c', pinSalt: 'd' } };
    expect(changesSummary(t, entry)).toBe('PIN:•••• → ••••');
    expect(changesSummary(t, { table: 'staff', before: {}, after: {} })).toBe('无字段变化');
  });

  it('a restore’s entry says in words how the file was protected, when it was made, who signed and what was confirmed, never as JSON', () => {
    const manifest = { format: 'shouhou-center-backup', createdAt: new Date(2026, 10, 27, 9, 30).getTime(), tables: { staff: 2 } };
    const text = changesSummary(t, {
      table: 'database',
      after: { fileName: 'a.shbk', manifest, approval, protection: 'password', staffChanges: 2, auditLost: 3, auditLossConfirmed: true },
    });
    expect(text).toBe('文件名:a.shbk;备份时间:2026-11-27 09:30;批准人:陈主管;文件保护:加密备份(备份密码);员工变化(人):2;消失的审计记录(条):3;确认审计记录将消失:是');
    expect(changesSummary(t, { table: 'staff', before: { locked: true }, after: { locked: false } })).toBe('锁定:是 → 否');
    expect(changesSummary(t, { table: 'settings', after: { backupPassword: new Date(2026, 10, 27, 9, 0).getTime() } })).toBe('备份密码设置时间:2026-11-27 09:00');
  });
});
