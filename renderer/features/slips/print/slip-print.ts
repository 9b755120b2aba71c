/**
 * A slip → what its form prints, and the order of the printed pages (copy routing). Pure: the
 * preview source (slip-print-source.ts) draws the pages.
 */
import type { Customer } from '@shared/domain/customer';
import type { Translate } from '@shared/i18n';
import type { Product } from '@shared/products/product';
import type { PurchaseSlip } from '@shared/slips/purchase-slip';
import type { PurchaseSlipPrintData } from '@shared/templates/builtin/purchase-slip-data';

type SlipForPrint = Pick<PurchaseSlip, 'no' | 'day' | 'orderType' | 'delivery' | 'lines' | 'total' | 'handlerName' | 'remarks'>;

export function slipPrintData(
  slip: SlipForPrint,
  customer: Pick<Customer, 'name' | 'phones' | 'primaryPhone' | 'address'> | undefined,
  products: ReadonlyMap<number, Pick<Product, 'name' | 'spec' | 'unit'>>,
  t: Translate,
): PurchaseSlipPrintData {
  return {
    no: slip.no,
    date: slip.day,
    customer: customer?.name ?? '',
    phone: customer?.primaryPhone ?? customer?.phones[0] ?? '',
    address: customer?.address ?? '',
    orderType: t(`slip.orderType.${slip.orderType}`),
    delivery: t(`slip.delivery.${slip.delivery}`),
    lines: slip.lines.map((l) => {
      const p = products.get(l.productId);
      return { product: p?.name ?? `#${l.productId}`, spec: p?.spec ?? '', unit: p?.unit ?? '', qty: l.qty, price: l.unitPrice, amount: l.amount };
    }),
    total: slip.total,
    handler: slip.handlerName,
    remarks: slip.remarks,
  };
}

/** A printed page: a sheet of the template batch (record-major, copy-minor), or the screenshot page. */
export type SlipPage = { kind: 'sheet'; index: number } | { kind: 'screenshot' };

export interface RoutingOptions {
  /** Sheets of the slip (lines cut to the form). */
  records: number;
  /** Copy labels of the form (白, 红, 黄). */
  copies: number;
  /** Plain paper: each copy printed on its own; carbon paper: one pass prints all three. */
  separateCopies: boolean;
  /** OUT-2: the back-office screenshot goes with the yellow (last) copy. */
  screenshot: boolean;
}

/**
 * Copy routing. Plain paper: every sheet of the white copy, then the red, then the yellow — each a
 * stack to hand on — and the screenshot page right after the yellow copy it belongs to. Carbon
 * paper: each sheet once, the screenshot page after them.
 */
export function slipPageOrder(o: RoutingOptions): SlipPage[] {
  const copies = o.separateCopies ? Math.max(1, o.copies) : 1;
  const pages: SlipPage[] = [];
  for (let c = 0; c < copies; c++) {
    for (let r = 0; r < o.records; r++) pages.push({ kind: 'sheet', index: r * copies + c });
  }
  if (o.screenshot) pages.push({ kind: 'screenshot' });
  return pages;
}

/** How many lines one sheet of a (possibly customised) slip template holds: its highest `lineN.product`. */
export function templateLineCount(fieldKeys: readonly string[]): number {
  let most = 0;
  for (const key of fieldKeys) {
    const m = /^line(\d+)\.product$/.exec(key);
    if (m) most = Math.max(most, Number(m[1]));
  }
  return Math.max(1, most);
}
