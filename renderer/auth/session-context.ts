import { createContext, useContext } from 'react';
import { can, type Action } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import type { SignInResult } from '../db/staff-repo';

export type { SignInResult };

export interface Session {
  /** The signed-in staff member, or null while the sign-in (or create-supervisor) screen shows. */
  actor: Actor | null;
  signIn: (staffId: number, pin: string) => Promise<SignInResult>;
  /** Back to the sign-in screen with the same person preselected (also after the idle time). */
  lock: () => void;
  /** Back to the sign-in screen's list of names. */
  switchUser: () => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside <SessionProvider>');
  return session;
}

/**
 * The signed-in staff member: what every repository write gets, so each record and audit entry says
 * who did it. Screens only render inside a session, so a missing actor is a programming error.
 */
export function useActor(): Actor {
  const actor = useContext(SessionContext)?.actor;
  if (!actor) throw new Error('useActor() outside a signed-in session');
  return actor;
}

/** Whether the signed-in person's roles allow `action` (false when nobody is signed in). */
export function useCan(action: Action): boolean {
  const actor = useContext(SessionContext)?.actor;
  return actor ? can(actor.roles, action) : false;
}
