import { describe, expect, it } from 'vitest';
import { permissions } from '../auth/permissions';
import { roles } from '../auth/roles';
import { validatePin, validateStaffInput } from '../auth/staff';
import { recordKinds } from '../domain/retention';
import { validateVoidReason } from '../domain/void';
import { actionLabelKeys, authStrings, pinRefusalKeys, roleLabelKeys } from './auth';
import { dictionaries, translate } from './index';
import { recordKindLabelKeys } from './records';

const known = (key: string) => Object.hasOwn(dictionaries['zh-CN'], key) && Object.hasOwn(dictionaries.en, key);

describe('auth dictionary section', () => {
  it('has English for every Chinese key and no empty string', () => {
    expect(Object.keys(authStrings.en).sort()).toEqual(Object.keys(authStrings.zh).sort());
    for (const text of [...Object.values(authStrings.zh), ...Object.values(authStrings.en)]) expect(text.trim()).not.toBe('');
  });

  it('is registered, and says what was refused', () => {
    expect(translate('zh-CN', 'permission.denied', { action: translate('zh-CN', actionLabelKeys['record.void']) })).toBe(
      '当前账号没有权限执行此操作:作废记录',
    );
    expect(translate('zh-CN', 'auth.locked', { time: '10:05' })).toBe('该账号已锁定,请于 10:05 后再试');
    expect(dictionaries['zh-CN']['auth.wrongPin']).toBe('PIN 不正确');
  });

  it('names every role, every action, every sign-in refusal and every record kind', () => {
    for (const r of roles) expect(known(roleLabelKeys[r]), r).toBe(true);
    for (const a of Object.keys(permissions)) expect(Object.hasOwn(actionLabelKeys, a), a).toBe(true);
    for (const key of [...Object.values(actionLabelKeys), ...Object.values(pinRefusalKeys)]) expect(known(key), key).toBe(true);
    for (const k of recordKinds) expect(known(recordKindLabelKeys[k]), k).toBe(true);
  });

  it('has a message for every issue the staff and void validators raise, and for the repositories', () => {
    const messages = [
      ...validateStaffInput({ name: '', roles: [], active: true }),
      ...validateStaffInput(JSON.parse('{"name":"' + 'x'.repeat(40) + '","roles":["x"],"active":true}')),
      ...validatePin('1'),
      ...validateVoidReason(''),
      ...validateVoidReason('x'.repeat(600)),
    ].map((i) => i.message);
    const repositoryKeys = [
      'staff.error.duplicateName',
      'staff.error.lastSupervisor',
      'staff.error.notFound',
      'staff.error.alreadySetUp',
      'approval.error.notSupervisor',
      'approval.error.stale',
      'void.error.alreadyVoided',
      'call.error.notFound',
    ];
    expect(messages).toHaveLength(7);
    for (const m of [...messages, ...repositoryKeys]) expect(known(m), m).toBe(true);
  });
});
