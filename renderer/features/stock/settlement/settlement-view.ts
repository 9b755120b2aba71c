import type { Translate } from '@shared/i18n';
import type { Product } from '@shared/products/product';
import type { DaySettlementResult, SettlementDifference } from '@shared/stock/settlement';
import { validateSettlement } from '@shared/stock/settlement';
import { differenceWords, paperName } from '@shared/stock/difference-words';

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

/** What is wrong with a document, in words, without its number (the list shows it once above its problems). */
export function problemText(t: Translate, d: SettlementDifference, products: ProductNames): string {
  return differenceWords(t, d, (id) => {
    const p = products.get(id);
    return p ? `${p.code} ${p.name}` : `#${id}`;
  });
}

/** One difference in words with its document: "CK20261127-002:换货快递发出但没有发货明细表". */
export function differenceText(t: Translate, d: SettlementDifference, products: ProductNames): string {
  return `${d.docNo}:${problemText(t, d, products)}`;
}

/** WH-1: the mismatches listed by document, documents in number order, each with what is missing. */
export function differenceGroups(differences: readonly SettlementDifference[]): { docNo: string; differences: SettlementDifference[] }[] {
  const groups = new Map<string, SettlementDifference[]>();
  for (const d of differences) groups.set(d.docNo, [...(groups.get(d.docNo) ?? []), d]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([docNo, ds]) => ({ docNo, differences: ds }));
}

/** WH-1: which documents were checked and how many: "已核对单据 4 张:入库单(到货) 1 张、产品购销单 2 张 …". */
export function checkedText(t: Translate, result: Pick<DaySettlementResult, 'checked' | 'documentCount' | 'movementCount'>): string {
  const counts = t('stockui.settle.counts', { movements: result.movementCount, documents: result.documentCount });
  if (!result.checked || result.checked.length === 0) return counts;
  const parts = result.checked.map((c) => t('stockui.settle.checkedOne', { paper: paperName(t, c.paper), count: c.count }));
  return `${counts}:${parts.join(t('list.separator'))}`;
}

export interface MatchRow {
  docNo: string;
  kind: string;
  papers: string;
  ok: boolean;
}

/** WH-1: each movement of the day with the papers it was matched to, for the screen, the print and the export. */
export function matchRows(t: Translate, result: Pick<DaySettlementResult, 'matches'>): MatchRow[] {
  return (result.matches ?? []).map((m) => ({
    docNo: m.docNo,
    kind: t(`stock.kind.${m.kind}`),
    papers: m.papers.length === 0
      ? t('stockui.settle.noRule')
      : m.papers.map((p) => `${paperName(t, p.paper)} ${p.docNo ?? t('stockui.settle.missingMark')}`).join(t('list.separator')),
    ok: m.ok,
  }));
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
