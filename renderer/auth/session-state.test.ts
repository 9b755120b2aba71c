import { describe, expect, it } from 'vitest';
import type { Actor } from '@shared/auth/roles';
import { initialSession, sessionReducer, type SessionState } from './session-state';

const zhou: Actor = { staffId: 1, name: '周主管', roles: ['supervisor'] };
const signedIn: SessionState = { status: 'signedIn', actor: zhou };

describe('session state', () => {
  it('starts with creating the supervisor when there is no staff, else with the sign-in list', () => {
    expect(sessionReducer(initialSession, { type: 'loaded', hasStaff: false })).toEqual({ status: 'setup' });
    expect(sessionReducer(initialSession, { type: 'loaded', hasStaff: true })).toEqual({
      status: 'signedOut',
      preselectStaffId: null,
      locked: false,
    });
  });

  it('a late "loaded" does not undo a sign-in', () => {
    expect(sessionReducer(signedIn, { type: 'loaded', hasStaff: true })).toBe(signedIn);
  });

  it('lock returns to sign-in with the same person preselected; switch user preselects nobody', () => {
    expect(sessionReducer(signedIn, { type: 'lock' })).toEqual({ status: 'signedOut', preselectStaffId: 1, locked: true, held: zhou });
    expect(sessionReducer(signedIn, { type: 'switchUser' })).toEqual({
      status: 'signedOut',
      preselectStaffId: null,
      locked: false,
    });
  });

  it('locking when nobody is signed in changes nothing (the idle timer may fire late)', () => {
    const out: SessionState = { status: 'signedOut', preselectStaffId: null, locked: false };
    expect(sessionReducer(out, { type: 'lock' })).toBe(out);
    expect(sessionReducer({ status: 'setup' }, { type: 'switchUser' })).toEqual({ status: 'setup' });
  });

  it('signing in from any state holds the actor', () => {
    const locked = sessionReducer(signedIn, { type: 'lock' });
    expect(sessionReducer(locked, { type: 'signedIn', actor: zhou })).toEqual(signedIn);
    expect(sessionReducer({ status: 'setup' }, { type: 'signedIn', actor: zhou })).toEqual(signedIn);
  });
});
