import { useCallback, useSyncExternalStore } from 'react';
import { parseShippingHash, shippingHash, type ShippingRoute } from './shipping-route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

let last: ShippingRoute | null = null;

/** A stable object while the address is unchanged (useSyncExternalStore compares snapshots by identity). */
function snapshot(): ShippingRoute {
  const next = parseShippingHash(window.location.hash);
  if (!last || last.tab !== next.tab || last.doc?.type !== next.doc?.type || last.doc?.id !== next.doc?.id) last = next;
  return last;
}

export function useShippingRoute(): [ShippingRoute, (route: ShippingRoute) => void] {
  const route = useSyncExternalStore(subscribe, snapshot);
  const go = useCallback((next: ShippingRoute) => {
    window.location.hash = shippingHash(next);
  }, []);
  return [route, go];
}
