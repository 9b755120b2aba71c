import { useCallback, useEffect, useMemo, useReducer, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import { getDb } from '../db/db';
import { hasAnyStaff, signIn as signInWithPin } from '../db/staff-repo';
import { useT } from '../i18n/context';
import { ApprovalProvider } from './ApprovalProvider';
import { AuthLayout } from './AuthLayout';
import { CreateSupervisorScreen } from './CreateSupervisorScreen';
import { SessionContext, type Session, type SignInResult } from './session-context';
import { initialSession, sessionReducer } from './session-state';
import { SignInScreen } from './SignInScreen';
import { useIdleLock } from './use-idle-lock';

/**
 * The session gate: no staff yet → create the supervisor; nobody signed in → sign in; then the app
 * (`children`) for the signed-in person. A lock or a switch of user unmounts the app, so nothing of
 * the previous person's work stays on screen or behind it.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(sessionReducer, initialSession);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    hasAnyStaff(getDb()).then(
      (hasStaff) => dispatch({ type: 'loaded', hasStaff }),
      (e: unknown) => setLoadError(e instanceof Error ? e.message : String(e)),
    );
  }, []);

  const signIn = useCallback(async (staffId: number, pin: string): Promise<SignInResult> => {
    const result = await signInWithPin(getDb(), staffId, pin, Date.now());
    if (result.ok) dispatch({ type: 'signedIn', actor: result.actor });
    return result;
  }, []);
  const lock = useCallback(() => dispatch({ type: 'lock' }), []);
  const switchUser = useCallback(() => dispatch({ type: 'switchUser' }), []);

  const actor = state.status === 'signedIn' ? state.actor : null;
  useIdleLock(actor !== null, lock);
  const session = useMemo<Session>(() => ({ actor, signIn, lock, switchUser }), [actor, signIn, lock, switchUser]);

  return (
    <SessionContext.Provider value={session}>
      {loadError !== null && <LoadError message={loadError} />}
      {state.status === 'setup' && (
        <CreateSupervisorScreen onCreated={(created) => dispatch({ type: 'signedIn', actor: created })} />
      )}
      {state.status === 'signedOut' && (
        <SignInScreen
          key={`${state.preselectStaffId ?? ''}`}
          preselectStaffId={state.preselectStaffId}
          locked={state.locked}
        />
      )}
      {actor && <ApprovalProvider key={actor.staffId}>{children}</ApprovalProvider>}
    </SessionContext.Provider>
  );
}

function LoadError({ message }: { message: string }) {
  const t = useT();
  return (
    <AuthLayout title={t('session.signIn.title')}>
      <Alert severity="error">{t('error.unexpected', { message })}</Alert>
    </AuthLayout>
  );
}
