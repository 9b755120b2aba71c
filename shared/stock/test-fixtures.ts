import type { Approval } from '../auth/approval';
import type { Product } from '../products/product';
import { emptyProductInput } from '../products/product';
import type { Movement } from './ledger';

/** Builders for the stock tests (pure data; not used by the app). */

export function product(id: number, overrides: Partial<Product> = {}): Product {
  return { ...emptyProductInput(), id, code: `P${id}`, name: `产品${id}`, createdAt: 1, updatedAt: 1, ...overrides };
}

export function productMap(...products: Product[]): Map<number, Product> {
  return new Map(products.map((p) => [p.id ?? -1, p]));
}

export const supervisorApproval: Approval = { supervisorId: 9, supervisorName: '王主任', at: 1_700_000_000_000, note: '同意' };

export function movement(overrides: Partial<Movement> = {}): Movement {
  return {
    docNo: 'RK20261127-001', kind: 'receive', at: 1_700_000_000_000, day: '2026-11-27',
    handlerId: 1, handlerName: '李库管', lines: [{ productId: 1, qty: 5 }], ...overrides,
  };
}
