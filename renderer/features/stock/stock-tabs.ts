/**
 * The tabs of 产品与库存, each with its own address under the module's hash (`#/products/receiving`),
 * so a tab survives a reload and the E2E can open one directly. The app's router only reads the
 * first segment, so these addresses all open this screen.
 */
export const stockTabs = ['products', 'stock', 'ledger', 'faulty', 'receiving', 'returns', 'exchanges', 'settlement', 'stockTake', 'discrepancies', 'partsReleases'] as const;
export type StockTab = (typeof stockTabs)[number];

export const moduleHash = '#/products';

/** The tab a hash names; anything else (the bare module address, a typo) opens the product list. */
export function tabFromHash(hash: string): StockTab {
  const [, module, tab] = hash.replace(/^#/, '').split(/[/?]/);
  if (`#/${module ?? ''}` !== moduleHash) return 'products';
  return stockTabs.find((t) => t === tab) ?? 'products';
}

export function hashForTab(tab: StockTab): string {
  return tab === 'products' ? moduleHash : `${moduleHash}/${tab}`;
}
