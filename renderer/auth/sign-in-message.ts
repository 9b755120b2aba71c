import dayjs from 'dayjs';
import type { StringKey } from '@shared/i18n';

export interface Message {
  key: StringKey;
  params?: Record<string, string>;
}

export type SignInFailure = { reason: 'wrong' | 'locked' | 'inactive' | 'notSupervisor'; lockedUntil?: number };

/** The end of a lockout: the clock time on the same day, with the date for the longer lockouts (4 h, a day). */
export function lockedUntilText(lockedUntil: number, now = Date.now()): string {
  const until = dayjs(lockedUntil);
  return until.isSame(dayjs(now), 'day') ? until.format('HH:mm:ss') : until.format('YYYY-MM-DD HH:mm');
}

/**
 * What a refused PIN says. A wrong PIN never tells whether the name or the PIN was the problem; a
 * locked account says until when.
 */
export function signInMessage(failure: SignInFailure, now = Date.now()): Message {
  switch (failure.reason) {
    case 'wrong':
      return { key: 'session.signIn.wrongPin' };
    case 'locked':
      return {
        key: 'session.signIn.accountLocked',
        params: { time: failure.lockedUntil ? lockedUntilText(failure.lockedUntil, now) : '' },
      };
    case 'inactive':
      return { key: 'session.signIn.inactive' };
    case 'notSupervisor':
      return { key: 'approvalDialog.notSupervisor' };
  }
}
