/**
 * The shipping screen's place in the address: `#/shipping/<tab>` and, for one slip's steps,
 * `#/shipping/work/<slipId>` (the slips screen links there; features share only this URL shape).
 */
export const shippingTabs = ['work', 'log', 'chase', 'callback'] as const;
export type ShippingTab = (typeof shippingTabs)[number];

export interface ShippingRoute {
  tab: ShippingTab;
  slipId: number | null;
}

export function parseShippingHash(hash: string): ShippingRoute {
  const [, tab = '', id = ''] = /^#\/shipping(?:\/([a-z]+))?(?:\/(\d+))?/.exec(hash) ?? [];
  const known = shippingTabs.find((t) => t === tab) ?? 'work';
  return { tab: known, slipId: known === 'work' && id !== '' ? Number(id) : null };
}

export function shippingHash(route: ShippingRoute): string {
  return route.tab === 'work' && route.slipId !== null ? `#/shipping/work/${route.slipId}` : `#/shipping/${route.tab}`;
}

/** The slip's own page in the slips screen. */
export function slipHash(id: number): string {
  return `#/slips/${id}`;
}
