import { useCallback, useSyncExternalStore } from 'react';
import { hashForTab, tabFromHash, type ServiceTab } from './service-tabs';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The open tab, kept in the address (`#/service/board`): back/forward and reload keep it. */
export function useServiceTab(): [ServiceTab, (tab: ServiceTab) => void] {
  const tab = useSyncExternalStore(subscribe, () => tabFromHash(window.location.hash));
  const go = useCallback((next: ServiceTab) => {
    window.location.hash = hashForTab(next);
  }, []);
  return [tab, go];
}
