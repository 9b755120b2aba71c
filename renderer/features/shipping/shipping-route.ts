import type { ShipSource } from '@shared/shipping/ship-doc';

/**
 * The shipping screen's place in the address: `#/shipping/<tab>` and, for one document's steps,
 * `#/shipping/work/<slipId>` (a slip: the slips screen links there; features share only this URL
 * shape) or `#/shipping/work/exchange/<exchangeId>` (a courier exchange, EXC-2).
 */
export const shippingTabs = ['work', 'log', 'chase', 'callback'] as const;
export type ShippingTab = (typeof shippingTabs)[number];

export interface ShippingRoute {
  tab: ShippingTab;
  /** The document whose shipping steps are open (work tab only). */
  doc: ShipSource | null;
}

export function parseShippingHash(hash: string): ShippingRoute {
  const [, tab = '', kind = '', id = ''] = /^#\/shipping(?:\/([a-z]+))?(?:\/(exchange)(?=\/))?(?:\/(\d+))?/.exec(hash) ?? [];
  const known = shippingTabs.find((t) => t === tab) ?? 'work';
  if (known !== 'work' || id === '') return { tab: known, doc: null };
  return { tab: known, doc: { type: kind === 'exchange' ? 'exchange' : 'slip', id: Number(id) } };
}

export function shippingHash(route: ShippingRoute): string {
  const { doc } = route;
  if (route.tab !== 'work' || doc === null) return `#/shipping/${route.tab}`;
  return doc.type === 'exchange' ? `#/shipping/work/exchange/${doc.id}` : `#/shipping/work/${doc.id}`;
}

/** The slip's own page in the slips screen. */
export function slipHash(id: number): string {
  return `#/slips/${id}`;
}
