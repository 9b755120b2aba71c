import type { Actor } from '@shared/auth/roles';

/**
 * Where the session is. `signedOut` remembers who was signed in before a lock, so the sign-in screen
 * offers that person first, and `held` keeps their work (open forms) under the lock screen until they
 * are back; a switch of user forgets both.
 */
export type SessionState =
  | { status: 'loading' }
  | { status: 'setup' }
  | { status: 'signedOut'; preselectStaffId: number | null; locked: boolean; held?: Actor }
  | { status: 'signedIn'; actor: Actor };

export type SessionEvent =
  | { type: 'loaded'; hasStaff: boolean }
  | { type: 'signedIn'; actor: Actor }
  | { type: 'lock' }
  | { type: 'switchUser' };

export const initialSession: SessionState = { status: 'loading' };

export function sessionReducer(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'loaded':
      if (state.status !== 'loading') return state;
      return event.hasStaff ? { status: 'signedOut', preselectStaffId: null, locked: false } : { status: 'setup' };
    case 'signedIn':
      return { status: 'signedIn', actor: event.actor };
    case 'lock':
      if (state.status !== 'signedIn') return state;
      return { status: 'signedOut', preselectStaffId: state.actor.staffId, locked: true, held: state.actor };
    case 'switchUser':
      if (state.status !== 'signedIn' && state.status !== 'signedOut') return state;
      return { status: 'signedOut', preselectStaffId: null, locked: false };
  }
}
