import type { Translate } from '@shared/i18n';
import type { Product } from '@shared/products/product';
import { locationOf, type Movement } from '@shared/stock/ledger';

export interface LedgerRow {
  id: number;
  docNo: string;
  at: number;
  kind: string;
  /** "LX-PP PP棉滤芯 +8、JSQ 净水器 −1(不良品)". */
  lines: string;
  handlerName: string;
  note: string;
}

type Names = ReadonlyMap<number, Pick<Product, 'code' | 'name'>>;

/** 出入库台账: one row per movement, its lines signed (+ in, − out) with faulty stock marked. */
export function ledgerRows(movements: readonly (Movement & { id: number })[], products: Names | undefined, t: Translate): LedgerRow[] {
  return movements.map((m) => ({
    id: m.id,
    docNo: m.docNo,
    at: m.at,
    kind: t(`stock.kind.${m.kind}`),
    lines: m.lines
      .map((l) => {
        const p = products?.get(l.productId);
        const place = locationOf(l) === 'faulty' ? `(${t('stock.location.faulty')})` : '';
        return `${p ? `${p.code} ${p.name}` : `#${l.productId}`} ${l.qty > 0 ? '+' : '−'}${Math.abs(l.qty)}${place}`;
      })
      .join(t('list.separator')),
    handlerName: m.handlerName,
    note: m.note ?? '',
  }));
}
