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
    const m = signInMessage({ reason: 'locked', lockedUntil: until }, until - 5 * 60_000);
    expect(translate('zh-CN', m.key, m.params)).toContain('10:35:20');
  });

  it('a lockout that ends on another day (the longer ones) says the date too', () => {
    const now = new Date(2026, 2, 5, 22, 0).getTime();
    const m = signInMessage({ reason: 'locked', lockedUntil: now + 4 * 3_600_000 }, now);
    expect(translate('zh-CN', m.key, m.params)).toContain('2026-03-06 02:00');
  });

  it('an inactive account and a non-supervisor approval each get their own message', () => {
    expect(signInMessage({ reason: 'inactive' }).key).toBe('session.signIn.inactive');
    expect(signInMessage({ reason: 'notSupervisor' }).key).toBe('approvalDialog.notSupervisor');
  });
});
