import type { StringKey } from '@shared/i18n';
import type { Product } from '@shared/products/product';

/** The short marks a product's row shows: what the outbound rules will do with it. */
export function productMarks(p: Pick<Product, 'active' | 'isSet' | 'selfPickupOnly' | 'needsLeaderSignOff' | 'isTestChamber' | 'serialTracked'>): StringKey[] {
  const marks: StringKey[] = [];
  if (!p.active) marks.push('stockui.products.inactive');
  if (p.isSet) marks.push('product.field.isSet');
  if (p.isTestChamber) marks.push('product.field.isTestChamber');
  else if (p.selfPickupOnly) marks.push('product.field.selfPickupOnly');
  if (p.needsLeaderSignOff) marks.push('product.field.needsLeaderSignOff');
  if (p.serialTracked) marks.push('product.field.serialTracked');
  return marks;
}
