import { describe, expect, it } from 'vitest';
import { translate } from '@shared/i18n';
import { signInMessage } from './sign-in-message';

describe('sign-in messages', () => {
  it('a wrong PIN says only "PIN 不正确"', () => {
    const m = signInMessage({ reason: 'wrong' });
    expect(translate('zh-CN', m.key, m.params)).toBe('PIN 不正确');
  });

  it('a locked account says until when', () => {
    const until = new Date(2026, 2, 5, 10, 35, 20).getTime();
    const m = signInMessage({ reason: 'locked', lockedUntil: until });
    expect(translate('zh-CN', m.key, m.params)).toContain('10:35:20');
  });

  it('an inactive account and a non-supervisor approval each get their own message', () => {
    expect(signInMessage({ reason: 'inactive' }).key).toBe('session.signIn.inactive');
    expect(signInMessage({ reason: 'notSupervisor' }).key).toBe('approvalDialog.notSupervisor');
  });
});
