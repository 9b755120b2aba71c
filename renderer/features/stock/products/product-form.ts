import {
  emptyProductInput,
  normalizeProductInput,
  validateProduct,
  type Product,
  type ProductContext,
  type ProductInput,
} from '@shared/products/product';
import { parseQuantity } from '@shared/stock/quantity';
import type { Issue } from '@shared/validation';

export const productFlags = ['active', 'serialTracked', 'isSet', 'selfPickupOnly', 'needsLeaderSignOff', 'isTestChamber'] as const;
export type ProductFlag = (typeof productFlags)[number];

export const productTextFields = ['code', 'name', 'category', 'spec', 'unit', 'location'] as const;
export type ProductTextField = (typeof productTextFields)[number];

export interface ComponentRow {
  productId: number | null;
  qty: string;
}

/** What the product dialog edits: numbers as typed, so "1.5" or "-2" can be refused at the field. */
export type ProductFormValues = Record<ProductTextField, string> &
  Record<ProductFlag, boolean> & { price: string; safetyStock: string; components: ComponentRow[] };

export function productToForm(p: ProductInput | Product): ProductFormValues {
  return {
    code: p.code, name: p.name, category: p.category, spec: p.spec, unit: p.unit, location: p.location,
    price: p.price === 0 ? '' : String(p.price),
    safetyStock: String(p.safetyStock),
    active: p.active, serialTracked: p.serialTracked, isSet: p.isSet, selfPickupOnly: p.selfPickupOnly,
    needsLeaderSignOff: p.needsLeaderSignOff, isTestChamber: p.isTestChamber,
    components: p.components.map((c) => ({ productId: c.productId, qty: String(c.qty) })),
  };
}

export function emptyProductForm(): ProductFormValues {
  return productToForm(emptyProductInput());
}

const fullWidthDigits = /[０-９．]/g;
const halfWidth = (s: string) => s.replace(fullWidthDigits, (d) => (d === '．' ? '.' : String(d.charCodeAt(0) - 0xff10)));

/** A price as typed: blank is 0 (not priced yet, as in the import); "¥12.50" and "1,280" are read. */
export function parsePrice(text: string): number | undefined {
  const t = halfWidth(text).replace(/[,，\s]/g, '').replace(/^[¥￥]/, '');
  if (t === '') return 0;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
}

interface Parsed {
  input: ProductInput;
  issues: Issue[];
}

function parseComponents(rows: readonly ComponentRow[], issues: Issue[]): ProductInput['components'] {
  return rows.flatMap((row, i) => {
    const qty = parseQuantity(row.qty, 'positive');
    if (!qty.ok) issues.push({ path: `components.${i}.qty`, message: qty.message });
    if (row.productId === null) issues.push({ path: `components.${i}.productId`, message: 'product.error.componentUnknown' });
    return row.productId !== null && qty.ok ? [{ productId: row.productId, qty: qty.value }] : [];
  });
}

/** Reads the typed numbers; a number that cannot be read is an issue at its field (and 0 in the input). */
function parseForm(v: ProductFormValues): Parsed {
  const issues: Issue[] = [];
  const price = parsePrice(v.price);
  if (price === undefined) issues.push({ path: 'price', message: 'product.error.priceRequired' });
  const safety = parseQuantity(v.safetyStock.trim() === '' ? '0' : v.safetyStock, 'nonNegative');
  if (!safety.ok) issues.push({ path: 'safetyStock', message: safety.message });
  const components = v.isSet ? parseComponents(v.components, issues) : [];
  const { code, name, category, spec, unit, location, active, serialTracked, isSet, selfPickupOnly, needsLeaderSignOff, isTestChamber } = v;
  const input: ProductInput = {
    code, name, category, spec, unit, location, active, serialTracked, isSet, selfPickupOnly, needsLeaderSignOff, isTestChamber,
    price: price ?? 0,
    safetyStock: safety.ok ? safety.value : 0,
    components,
  };
  return { input: normalizeProductInput(input), issues };
}

/**
 * The form's values → the input the repository takes, with every issue at its field: what could not
 * be read, then `validateProduct` (the repository's own check) for the rest. A set whose component row
 * could not be read is not also told it has no components.
 */
export function formToProduct(v: ProductFormValues, ctx: ProductContext = {}): Parsed {
  const parsed = parseForm(v);
  const taken = new Set(parsed.issues.map((i) => i.path));
  const typed = v.isSet && v.components.length > 0;
  const rest = validateProduct(parsed.input, ctx).filter((i) => !taken.has(i.path) && !(typed && i.path === 'components' && parsed.issues.length > 0));
  return { input: parsed.input, issues: [...parsed.issues, ...rest] };
}
