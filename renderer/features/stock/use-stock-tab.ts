import { useCallback, useSyncExternalStore } from 'react';
import { hashForTab, tabFromHash, type StockTab } from './stock-tabs';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The open tab, kept in the address (`#/products/receiving`): back/forward and reload keep it. */
export function useStockTab(): [StockTab, (tab: StockTab) => void] {
  const tab = useSyncExternalStore(subscribe, () => tabFromHash(window.location.hash));
  const go = useCallback((next: StockTab) => {
    window.location.hash = hashForTab(next);
  }, []);
  return [tab, go];
}
