import type { Lang, Translate } from '@shared/i18n';
import type { Product } from '@shared/products/product';
import type { StockSlipView } from '@shared/stock/stock-slip';
import { stockSlipRecords, templateLinesPerSheet } from '@shared/templates/builtin/stock-slip-data';
import type { Template } from '@shared/templates/template';
import type { PrintSetup } from '../../print/print-setup';
import type { PrintPreviewSource } from '../../print/print-source';
import { templatePrintSource } from '../../print/template-print-source';
import { stockSlipPrintData } from './slip-print-data';

export interface StockSlipPrintOptions {
  mode: Template['mode'];
  /** Plain paper: each copy (存根 / 仓库 / 财务) on its own sheet with its label. */
  separateCopies: boolean;
  lang: Lang;
  title: string;
}

/**
 * A slip on its form as the print preview shows it: the template in use (customised in 模板设计 or
 * built-in), its lines cut to the form, the remembered printer and that printer's calibration profile
 * — the path every form prints through.
 */
export function stockSlipPrintSource(
  setup: PrintSetup,
  slip: StockSlipView,
  products: ReadonlyMap<number, Pick<Product, 'code' | 'name' | 'spec' | 'unit'>>,
  t: Translate,
  o: StockSlipPrintOptions,
): PrintPreviewSource {
  const records = stockSlipRecords(stockSlipPrintData(slip, products, t), templateLinesPerSheet(setup.template.fields.map((f) => f.key)));
  return templatePrintSource(setup.template, records, {
    lang: o.lang, title: o.title, mode: o.mode, separateCopies: o.separateCopies, profile: setup.profile, ...(setup.printerName ? { printerName: setup.printerName } : {}),
  });
}
