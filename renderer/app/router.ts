import { useSyncExternalStore } from 'react';

/** Every module in the side navigation, in order. The hash is `#/<id>`. */
export const routeIds = [
  'home',
  'customers',
  'products',
  'slips',
  'shipping',
  'service',
  'calls',
  'review',
  'exports',
  'templates',
  'staff',
  'audit',
  'settings',
] as const;
export type RouteId = (typeof routeIds)[number];

/** The day starts on the Today board (首页): what is due now, without clicking around. */
export const defaultRoute: RouteId = 'home';

export function parseHash(hash: string): RouteId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return routeIds.find((r) => r === id) ?? defaultRoute;
}

export function hrefFor(id: RouteId): string {
  return `#/${id}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current module, following `location.hash` (back/forward work as in a browser). */
export function useRoute(): RouteId {
  return useSyncExternalStore(subscribe, () => parseHash(window.location.hash));
}
