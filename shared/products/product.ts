import type { Issue } from '../validation';
import { issue } from '../stock/messages';
import { quantityIssue } from '../stock/quantity';

/** One component of a set (套装): `qty` units of `productId` in each set. */
export interface SetComponent {
  productId: number;
  qty: number;
}

export interface Product {
  id?: number;
  /** Unique, stored upper-case (see normalizeProductInput). */
  code: string;
  name: string;
  /** 货物类别: the goods category printed on shipping detail lists. */
  category: string;
  /** 型号/规格. */
  spec: string;
  unit: string;
  /** Unit price in yuan, at most 2 decimals. */
  price: number;
  /** 库位. */
  location: string;
  /** 安全库存: an alert is raised when stock falls to this level or below (IN-1); 0 = no alert. */
  safetyStock: number;
  serialTracked: boolean;
  active: boolean;
  /**
   * A set is stocked as its own product code (a packed kit on the shelf); `components` say what is
   * inside it, for OUT-3 and for picking lists. Receiving or issuing a set moves the set's code only.
   */
  isSet: boolean;
  components: SetComponent[];
  /** 仅限自提 (OUT-5): never on a shipping order. */
  selfPickupOnly: boolean;
  /** 需领导签字 (OUT-7): leaves the warehouse only with a supervisor's approval. */
  needsLeaderSignOff: boolean;
  /** 试验箱: self-pickup only (OUT-5) and exchanged only for a quality problem (OUT-6). */
  isTestChamber: boolean;
  createdAt: number;
  updatedAt: number;
}

export type ProductInput = Omit<Product, 'id' | 'createdAt' | 'updatedAt'>;

export const productCodePattern = /^[A-Z0-9][A-Z0-9._-]{0,31}$/;
export const productNameMaxLength = 100;
export const maxPrice = 10_000_000;

/** What validation needs to know about the other products; each part optional so a form can check early. */
export interface ProductContext {
  /** The product being edited (so its own code is not "in use"). */
  selfId?: number;
  /** Code (upper-case) → id of the product that has it. */
  codeOwners?: ReadonlyMap<string, number>;
  /** Existing products, to check set components. */
  productsById?: ReadonlyMap<number, Pick<Product, 'isSet'>>;
}

export function normalizeProductCode(code: string): string {
  return code.trim().toUpperCase();
}

/** The stored form: trimmed text, an upper-case code; a test chamber is always self-pickup only (OUT-5). */
export function normalizeProductInput(input: ProductInput): ProductInput {
  return {
    ...input,
    code: normalizeProductCode(input.code),
    name: input.name.trim(),
    category: input.category.trim(),
    spec: input.spec.trim(),
    unit: input.unit.trim(),
    location: input.location.trim(),
    selfPickupOnly: input.selfPickupOnly || input.isTestChamber,
    components: input.isSet ? input.components : [],
  };
}

export function hasAtMostTwoDecimals(n: number): boolean {
  return Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;
}

function priceIssues(price: number): Issue[] {
  if (!Number.isFinite(price)) return [issue('price', 'product.error.priceRequired')];
  if (price < 0) return [issue('price', 'product.error.priceNegative')];
  if (price > maxPrice) return [issue('price', 'product.error.priceTooLarge')];
  if (!hasAtMostTwoDecimals(price)) return [issue('price', 'product.error.priceDecimals')];
  return [];
}

function codeIssues(code: string, ctx: ProductContext): Issue[] {
  const c = normalizeProductCode(code);
  if (c === '') return [issue('code', 'product.error.codeRequired')];
  if (!productCodePattern.test(c)) return [issue('code', 'product.error.codePattern')];
  const owner = ctx.codeOwners?.get(c);
  if (owner !== undefined && owner !== ctx.selfId) return [issue('code', 'product.error.codeInUse')];
  return [];
}

/** OUT-3 depends on a set saying exactly what it holds: at least one component, each a whole count. */
function componentIssues(input: ProductInput, ctx: ProductContext): Issue[] {
  if (!input.isSet) return [];
  if (input.components.length === 0) return [issue('components', 'product.error.setNeedsComponents')];
  const issues: Issue[] = [];
  const seen = new Set<number>();
  input.components.forEach((c, i) => {
    const path = `components.${i}`;
    if (ctx.selfId !== undefined && c.productId === ctx.selfId) issues.push(issue(`${path}.productId`, 'product.error.setContainsItself'));
    else if (seen.has(c.productId)) issues.push(issue(`${path}.productId`, 'product.error.componentDuplicate'));
    else if (ctx.productsById && !ctx.productsById.has(c.productId)) issues.push(issue(`${path}.productId`, 'product.error.componentUnknown'));
    else if (ctx.productsById?.get(c.productId)?.isSet) issues.push(issue(`${path}.productId`, 'product.error.nestedSet'));
    seen.add(c.productId);
    const bad = quantityIssue(c.qty, `${path}.qty`);
    if (bad) issues.push(bad);
  });
  return issues;
}

export function validateProduct(input: ProductInput, ctx: ProductContext = {}): Issue[] {
  const issues = [...codeIssues(input.code, ctx)];
  const name = input.name.trim();
  if (!name) issues.push(issue('name', 'product.error.nameRequired'));
  else if (name.length > productNameMaxLength) issues.push(issue('name', 'product.error.nameTooLong'));
  issues.push(...priceIssues(input.price));
  const safety = quantityIssue(input.safetyStock, 'safetyStock', 'nonNegative');
  if (safety) issues.push(safety);
  issues.push(...componentIssues(input, ctx));
  return issues;
}

/** True when the product may not be put on a shipping order (OUT-5). */
export function isPickupOnly(p: Pick<Product, 'selfPickupOnly' | 'isTestChamber'>): boolean {
  return p.selfPickupOnly || p.isTestChamber;
}

/** A blank product for a "new product" form. */
export function emptyProductInput(): ProductInput {
  return {
    code: '', name: '', category: '', spec: '', unit: '', price: 0, location: '', safetyStock: 0,
    serialTracked: false, active: true, isSet: false, components: [],
    selfPickupOnly: false, needsLeaderSignOff: false, isTestChamber: false,
  };
}
