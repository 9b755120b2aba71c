import type { ReactNode } from 'react';
import type { Action } from '@shared/auth/permissions';
import { useCan } from './session-context';

/** Shows `children` only to roles allowed `action` (the repositories refuse it too); else `fallback`. */
export function Can({ action, children, fallback = null }: { action: Action; children: ReactNode; fallback?: ReactNode }) {
  return useCan(action) ? children : fallback;
}
