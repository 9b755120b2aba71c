import type { Translate } from '@shared/i18n';
import type { Product } from '@shared/products/product';
import type { DaySettlementResult, SettlementDifference } from '@shared/stock/settlement';
import { validateSettlement } from '@shared/stock/settlement';

export type ProductNames = ReadonlyMap<number, Pick<Product, 'code' | 'name' | 'unit'>>;

export interface SettlementRow {
  productId: number;
  code: string;
  name: string;
  unit: string;
  inbound: number;
  outbound: number;
  net: number;
}

/** WH-1: the day's in/out per product, by code (a product no longer on file keeps its id as code). */
export function settlementRows(result: Pick<DaySettlementResult, 'totals'>, products: ProductNames): SettlementRow[] {
  return result.totals
    .map((t) => {
      const p = products.get(t.productId);
      return { ...t, code: p?.code ?? `#${t.productId}`, name: p?.name ?? '', unit: p?.unit ?? '' };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** The sums of the day, for the report's last line. */
export function settlementTotals(rows: readonly SettlementRow[]): { inbound: number; outbound: number; net: number } {
  return rows.reduce((s, r) => ({ inbound: s.inbound + r.inbound, outbound: s.outbound + r.outbound, net: s.net + r.net }), { inbound: 0, outbound: 0, net: 0 });
}

function productLabel(products: ProductNames, id: number): string {
  const p = products.get(id);
  return p ? `${p.code} ${p.name}` : `#${id}`;
}

/** One difference in words: what kind, which document, which product, how many. */
export function differenceText(t: Translate, d: SettlementDifference, products: ProductNames): string {
  const kind = t(`stock.settlement.diff.${d.kind}`);
  switch (d.kind) {
    case 'documentWithoutMovement':
      return t('stockui.settle.diffDoc', { kind, docNo: d.docNo });
    case 'movementWithoutDocument':
      return t('stockui.settle.diffMovement', {
        kind, docNo: d.docNo, product: productLabel(products, d.productId),
        direction: t(d.direction === 'in' ? 'stockui.settle.dirIn' : 'stockui.settle.dirOut'), qty: d.movementQty,
      });
    case 'quantityMismatch':
      return t('stockui.settle.diffQty', {
        kind, docNo: d.docNo, product: productLabel(products, d.productId), documentQty: d.documentQty, movementQty: d.movementQty,
      });
  }
}

/** WH-1: the keys of the differences still without an explanation (the 日结 button waits for them). */
export function unexplained(result: DaySettlementResult, explanations: Readonly<Record<string, string>>): string[] {
  return validateSettlement(result, explanations).map((i) => i.path.replace(/^explanations\./, ''));
}

export type DayState = 'settled' | 'reopened' | 'open';

/** Whether the 日结 button may be pressed now (the repository decides again). */
export function settleBlocker(
  state: DayState,
  canSettleNow: boolean,
  missing: number,
): 'locked' | 'notOpenYet' | 'unexplained' | null {
  if (state === 'settled') return 'locked';
  if (!canSettleNow) return 'notOpenYet';
  return missing > 0 ? 'unexplained' : null;
}
