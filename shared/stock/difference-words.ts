import type { Translate } from '../i18n';
import type { StockLocation } from './ledger';
import type { PaperType, SettlementDifference } from './settlement';

/** A paper's kind in words (入库单, 发货明细表 …); an unknown one says so. */
export const paperName = (t: Translate, paper: PaperType | undefined): string => (paper ? t(`stock.paper.${paper}`) : t('stockui.settle.paper.unknown'));

/** A product as staff know it, with 不良品 after it when the quantity is faulty stock. */
function productAt(t: Translate, name: string, location: StockLocation | undefined): string {
  return location === 'faulty' ? `${name}(${t('stock.location.faulty')})` : name;
}

/**
 * WH-1: what is wrong between the ledger and a document, in words, without the document's number
 * (the lists show it once above). The settlement screen, its report and the data check (数据自检) all
 * say a difference this way; `productName` gives a product as that screen names it.
 */
export function differenceWords(t: Translate, d: SettlementDifference, productName: (productId: number) => string): string {
  switch (d.kind) {
    case 'missingPaper':
      return t(d.message);
    case 'documentWithoutMovement':
      return t('stockui.settle.problem.noMovement', { paper: paperName(t, d.paper) });
    case 'movementWithoutDocument':
      return t('stockui.settle.problem.noPaper', {
        product: productAt(t, productName(d.productId), d.location), direction: t(d.direction === 'in' ? 'stockui.settle.dirIn' : 'stockui.settle.dirOut'), qty: d.movementQty,
      });
    case 'quantityMismatch':
      return t('stockui.settle.problem.qty', {
        paper: paperName(t, d.paper), product: productAt(t, productName(d.productId), d.location), documentQty: d.documentQty, movementQty: d.movementQty,
      });
  }
}
