import { useCallback, useSyncExternalStore } from 'react';
import { hashForSlip, slipIdFromHash } from './slip-hash';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The slip whose details are open, kept in the address. */
export function useOpenSlip(): [number | null, (id: number | null) => void] {
  const id = useSyncExternalStore(subscribe, () => slipIdFromHash(window.location.hash));
  const open = useCallback((next: number | null) => {
    window.location.hash = hashForSlip(next);
  }, []);
  return [id, open];
}
