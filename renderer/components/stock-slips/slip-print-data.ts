import type { Translate } from '@shared/i18n';
import type { Product } from '@shared/products/product';
import type { SlipSignerRole, StockSlipView } from '@shared/stock/stock-slip';
import type { StockSlipPrintData } from '@shared/templates/builtin/stock-slip-data';

type ProductNames = ReadonlyMap<number, Pick<Product, 'code' | 'name' | 'spec' | 'unit'>>;

/** 入库单 / 出库单, by direction. */
export function slipTitleKey(direction: 'in' | 'out'): 'stockui.slip.title.in' | 'stockui.slip.title.out' {
  return direction === 'in' ? 'stockui.slip.title.in' : 'stockui.slip.title.out';
}

const signerOf = (slip: StockSlipView, role: SlipSignerRole) => slip.source.signers.find((s) => s.role === role)?.name ?? '';

/**
 * A slip → what its form prints. The inbound form's two signers are the receiver and the keeper
 * (IN-2); the outbound form's the keeper and whoever collects (left blank to sign by hand). A
 * scrap's approver goes into the note, as the form has no box for it.
 */
export function stockSlipPrintData(slip: StockSlipView, products: ProductNames, t: Translate): StockSlipPrintData {
  const approver = signerOf(slip, 'approver');
  const note = [slip.source.note ?? '', approver ? `${t('stockui.slip.role.approver')}:${approver}` : ''].filter((x) => x !== '').join(';');
  return {
    no: slip.docNo,
    date: slip.day,
    category: t(`stockui.slip.category.${slip.category}`),
    sourceNo: slip.source.sourceNo ?? '',
    counterparty: slip.source.counterparty ?? '',
    note,
    lines: slip.lines.map((l) => {
      const p = products.get(l.productId);
      return { code: p?.code ?? `#${l.productId}`, product: p?.name ?? '', spec: p?.spec ?? '', unit: p?.unit ?? '', qty: l.qty, location: t(`stock.location.${l.location}`) };
    }),
    handler: slip.handlerName,
    signer1: slip.direction === 'in' ? signerOf(slip, 'receiver') : signerOf(slip, 'keeper'),
    signer2: slip.direction === 'in' ? signerOf(slip, 'keeper') : '',
  };
}
