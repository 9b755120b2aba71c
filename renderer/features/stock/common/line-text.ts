import type { Product } from '@shared/products/product';
import type { MovementLine } from '@shared/stock/ledger';

/** "P-001 滤芯 ×2、P-002 试验箱 ×1": a document's lines on one line of a list. */
export function linesText(lines: readonly MovementLine[], products: ReadonlyMap<number, Pick<Product, 'code' | 'name'>> | undefined, separator: string): string {
  return lines
    .map((l) => {
      const p = products?.get(l.productId);
      return `${p ? `${p.code} ${p.name}` : `#${l.productId}`} ×${Math.abs(l.qty)}`;
    })
    .join(separator);
}
