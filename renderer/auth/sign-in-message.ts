import dayjs from 'dayjs';
import type { StringKey } from '@shared/i18n';

export interface Message {
  key: StringKey;
  params?: Record<string, string>;
}

export type SignInFailure = { reason: 'wrong' | 'locked' | 'inactive' | 'notSupervisor'; lockedUntil?: number };

/**
 * What a refused PIN says. A wrong PIN never tells whether the name or the PIN was the problem; a
 * locked account says until when (the lockout is five minutes, so the clock time is enough).
 */
export function signInMessage(failure: SignInFailure): Message {
  switch (failure.reason) {
    case 'wrong':
      return { key: 'session.signIn.wrongPin' };
    case 'locked':
      return {
        key: 'session.signIn.accountLocked',
        params: { time: failure.lockedUntil ? dayjs(failure.lockedUntil).format('HH:mm:ss') : '' },
      };
    case 'inactive':
      return { key: 'session.signIn.inactive' };
    case 'notSupervisor':
      return { key: 'approvalDialog.notSupervisor' };
  }
}
