import { describe, expect, it } from 'vitest';
import type { OutboundCheck } from './outbound';
import { checkOutbound, expandSets, isCompleteSet, outboundMovement, setsContaining } from './outbound';
import { balances } from './ledger';
import { product, productMap, supervisorApproval } from './test-fixtures';

// 1 and 2 are the parts of set 10 (1 × 2 + 2 × 1); 3 is a loose product; 11 is a set with a missing part.
const products = productMap(
  product(1, { name: '滤芯' }),
  product(2, { name: '主机' }),
  product(3, { name: '说明书' }),
  product(10, { name: '净水套装', isSet: true, components: [{ productId: 1, qty: 2 }, { productId: 2, qty: 1 }] }),
  product(11, { name: '残缺套装', isSet: true, components: [{ productId: 99, qty: 1 }] }),
  product(12, { name: '空套装', isSet: true, components: [] }),
  product(20, { name: '高低温试验箱', isTestChamber: true, selfPickupOnly: true }),
  product(21, { name: '大件', selfPickupOnly: true }),
  product(30, { name: '特殊产品', needsLeaderSignOff: true }),
  product(40, { name: '停用品', active: false }),
);
const stock = new Map([[1, 50], [2, 50], [3, 50], [10, 5], [11, 5], [12, 5], [20, 2], [21, 2], [30, 3], [40, 9]]);

function check(overrides: Partial<OutboundCheck>): ReturnType<typeof checkOutbound> {
  return checkOutbound({ lines: [], products, balances: stock, orderType: 'normal', delivery: 'pickup', ...overrides });
}

describe('stock must cover an outbound order', () => {
  it('accepts lines the stock covers', () => {
    expect(check({ lines: [{ productId: 3, qty: 50 }] })).toEqual([]);
  });

  it('refuses a shortage (summed over lines of the same product) once, on the first line', () => {
    expect(check({ lines: [{ productId: 3, qty: 30 }, { productId: 3, qty: 21 }] })).toEqual([{ path: 'lines.0.qty', message: 'stock.out.insufficient' }]);
    expect(check({ lines: [{ productId: 3, qty: 1 }], balances: new Map() })).toEqual([{ path: 'lines.0.qty', message: 'stock.out.insufficient' }]);
  });

  it('lets stock go negative only with a supervisor-approved override', () => {
    expect(check({ lines: [{ productId: 3, qty: 60 }], allowNegativeWith: supervisorApproval })).toEqual([]);
    expect(check({ lines: [{ productId: 3, qty: 60 }], allowNegativeWith: { ...supervisorApproval, supervisorId: 0 } })).toHaveLength(1);
  });

  it('refuses unknown and inactive products, bad quantities and an empty order', () => {
    expect(check({ lines: [{ productId: 77, qty: 1 }, { productId: 40, qty: 1 }, { productId: 3, qty: -2 }] })).toEqual([
      { path: 'lines.0.productId', message: 'stock.out.unknownProduct' },
      { path: 'lines.1.productId', message: 'stock.out.inactiveProduct' },
      { path: 'lines.2.qty', message: 'stock.qty.negative' },
    ]);
    expect(check({ lines: [] })).toEqual([{ path: 'lines', message: 'stock.error.noLines' }]);
  });
});

describe('OUT-3 member purchases take whole sets', () => {
  it('OUT-3: a member order of a complete set is accepted', () => {
    expect(check({ orderType: 'member', lines: [{ productId: 10, qty: 2 }] })).toEqual([]);
  });

  it('OUT-3: a member order of a loose component of a set is refused', () => {
    expect(check({ orderType: 'member', lines: [{ productId: 3, qty: 1 }, { productId: 1, qty: 2 }] })).toEqual([
      { path: 'lines.1.productId', message: 'stock.out.memberLooseComponent' },
    ]);
  });

  it('OUT-3: a member order of a set with a missing component definition is refused', () => {
    expect(check({ orderType: 'member', lines: [{ productId: 11, qty: 1 }, { productId: 12, qty: 1 }] })).toEqual([
      { path: 'lines.0.productId', message: 'stock.out.memberIncompleteSet' },
      { path: 'lines.1.productId', message: 'stock.out.memberIncompleteSet' },
    ]);
  });

  it('OUT-3: the same loose component is fine on an ordinary order', () => {
    for (const orderType of ['normal', 'storeRestock', 'repeat'] as const) {
      expect(check({ orderType, lines: [{ productId: 1, qty: 2 }] }), orderType).toEqual([]);
    }
  });

  it('OUT-3: a component only of an inactive set is not held back', () => {
    const retired = productMap(...[...products.values()].map((p) => (p.id === 10 ? { ...p, active: false } : p)));
    expect(check({ orderType: 'member', products: retired, lines: [{ productId: 1, qty: 1 }] })).toEqual([]);
    expect(setsContaining(retired).has(1)).toBe(false);
  });

  it('knows which sets are complete', () => {
    expect(isCompleteSet(products.get(10) ?? product(0), products)).toBe(true);
    expect(isCompleteSet(products.get(11) ?? product(0), products)).toBe(false);
  });
});

describe('OUT-5 test chambers are self-pickup only', () => {
  it('OUT-5: a test chamber on a shipping order is refused (试验箱仅限自提,不能快递发货)', () => {
    expect(check({ delivery: 'ship', lines: [{ productId: 20, qty: 1 }] })).toEqual([
      { path: 'lines.0.productId', message: 'stock.out.testChamberPickupOnly' },
    ]);
  });

  it('OUT-5: any self-pickup-only product on a shipping order is refused; picked up, it is fine', () => {
    expect(check({ delivery: 'ship', lines: [{ productId: 21, qty: 1 }] })).toEqual([{ path: 'lines.0.productId', message: 'stock.out.pickupOnly' }]);
    expect(check({ delivery: 'pickup', lines: [{ productId: 20, qty: 1 }, { productId: 21, qty: 1 }] })).toEqual([]);
  });

  it('OUT-5: a test chamber is pickup-only even if its flag was left unticked', () => {
    const sloppy = productMap(product(20, { isTestChamber: true, selfPickupOnly: false }));
    expect(check({ products: sloppy, delivery: 'ship', lines: [{ productId: 20, qty: 1 }], balances: new Map([[20, 1]]) })).toEqual([
      { path: 'lines.0.productId', message: 'stock.out.testChamberPickupOnly' },
    ]);
  });
});

describe('OUT-7 special products need a leader signature', () => {
  it('OUT-7: release without a recorded approval is refused', () => {
    expect(check({ lines: [{ productId: 30, qty: 1 }] })).toEqual([{ path: 'lines.0.productId', message: 'stock.out.needsSignOff' }]);
    expect(check({ lines: [{ productId: 30, qty: 1 }], approval: { ...supervisorApproval, supervisorName: '' } })).toHaveLength(1);
  });

  it('OUT-7: with the supervisor approval on record it may leave', () => {
    expect(check({ lines: [{ productId: 30, qty: 1 }], approval: supervisorApproval })).toEqual([]);
  });
});

describe('sets on picking lists and in the ledger', () => {
  it('expandSets opens a set into its contents for picking', () => {
    expect(expandSets([{ productId: 10, qty: 3 }, { productId: 3, qty: 1 }], products)).toEqual([
      { productId: 1, qty: 6, setId: 10 },
      { productId: 2, qty: 3, setId: 10 },
      { productId: 3, qty: 1 },
    ]);
  });

  it('a set is issued under its own code: the movement deducts the set, not its components', () => {
    const stamp = { docNo: 'CK20261127-001', at: 1, day: '2026-11-27', handlerId: 2, handlerName: '李库管' };
    const m = outboundMovement([{ productId: 10, qty: 2 }, { productId: 3, qty: 1 }, { productId: 3, qty: 4 }], stamp, { type: 'slip', id: 5 }, 31);
    expect(m).toMatchObject({ kind: 'issue', customerId: 31, ref: { type: 'slip', id: 5 } });
    expect(balances([m])).toEqual(new Map([[10, -2], [3, -5]]));
  });
});
