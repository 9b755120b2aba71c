import { useCallback, useEffect, useMemo, useReducer, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Modal from '@mui/material/Modal';
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
 * (`children`) for the signed-in person. A lock keeps the person's app mounted (unsaved forms survive)
 * under a full-screen lock screen that covers every dialog; the app is keyed by the person, so when
 * someone else signs in, or on a switch of user, it starts fresh and nothing of the previous work shows.
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
    // A supervisor on a too-short PIN sets a new one first (the sign-in form asks), then signs in with it.
    if (result.ok && !result.mustChangePin) dispatch({ type: 'signedIn', actor: result.actor });
    return result;
  }, []);
  const lock = useCallback(() => dispatch({ type: 'lock' }), []);
  const switchUser = useCallback(() => dispatch({ type: 'switchUser' }), []);

  const actor = state.status === 'signedIn' ? state.actor : null;
  useIdleLock(actor !== null, lock);
  const session = useMemo<Session>(() => ({ actor, signIn, lock, switchUser }), [actor, signIn, lock, switchUser]);
  const held = state.status === 'signedOut' ? (state.held ?? null) : null;
  const workActor = actor ?? held;
  const workSession = useMemo<Session>(() => ({ ...session, actor: workActor }), [session, workActor]);

  return (
    <SessionContext.Provider value={session}>
      {loadError !== null && <LoadError message={loadError} />}
      {state.status === 'setup' && (
        <CreateSupervisorScreen onCreated={(created) => dispatch({ type: 'signedIn', actor: created })} />
      )}
      {state.status === 'signedOut' && !state.held && (
        <SignInScreen
          key={`${state.preselectStaffId ?? ''}`}
          preselectStaffId={state.preselectStaffId}
          locked={state.locked}
        />
      )}
      {state.status === 'signedOut' && state.held && (
        <LockOverlay>
          <SignInScreen key={`${state.preselectStaffId ?? ''}`} preselectStaffId={state.preselectStaffId} locked={state.locked} />
        </LockOverlay>
      )}
      {workActor && (
        // One place in the tree for the person's work, locked or not, so a lock keeps it as it was; it gets
        // its own session value so its screens still know whose work it is while the lock screen is up.
        <SessionContext.Provider value={workSession}>
          <Box inert={held !== null} aria-hidden={held !== null} sx={{ display: 'contents' }}>
            <ApprovalProvider key={workActor.staffId}>{children}</ApprovalProvider>
          </Box>
        </SessionContext.Provider>
      )}
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

/** The lock screen above everything, dialogs of the locked work included; it takes the focus while shown. */
function LockOverlay({ children }: { children: ReactNode }) {
  return (
    <Modal open hideBackdrop sx={{ zIndex: (theme) => theme.zIndex.tooltip + 1 }}>
      <Box sx={{ position: 'fixed', inset: 0, bgcolor: 'background.default', outline: 'none' }}>{children}</Box>
    </Modal>
  );
}
