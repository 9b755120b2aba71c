import { describe, expect, it } from 'vitest';
import { ValidationError } from '../validation';
import type { Exchange } from './exchange';
import { checkExchange, exchangeDocPrefixes, exchangeMovements, validateExchange } from './exchange';
import { balanceOf, balances, validateMovement } from './ledger';
import { product, productMap } from './test-fixtures';

const products = productMap(product(1, { name: '净水器' }), product(2, { name: '净水器 Pro' }), product(20, { name: '试验箱', isTestChamber: true, selfPickupOnly: true }));

function exchange(overrides: Partial<Exchange> = {}): Exchange & { id: number } {
  return {
    id: 8, kind: 'same', at: 1_700_000_000_000, day: '2026-11-27', handlerId: 2, handlerName: '李库管', customerId: 31,
    returned: { productId: 1, qty: 1 }, replacement: { productId: 1, qty: 1 },
    inspection: { result: 'defective', note: '漏水' }, inDocNo: 'HH20261127-001', outDocNo: 'HH20261127-001',
    ...overrides,
  };
}

describe('same-product exchange', () => {
  it('EXC-1: the inspected item is restocked directly and the replacement leaves, under one exchange slip', () => {
    const { inbound, outbound } = exchangeMovements(exchange({ inspection: { result: 'ok', note: '' } }), products);
    expect(inbound).toMatchObject({ kind: 'exchangeIn', docNo: 'HH20261127-001', ref: { type: 'exchange', id: 8 }, customerId: 31, lines: [{ productId: 1, qty: 1 }] });
    expect(outbound).toMatchObject({ kind: 'exchangeOut', docNo: 'HH20261127-001', ref: { type: 'exchange', id: 8 }, lines: [{ productId: 1, qty: -1 }] });
    expect(validateMovement(inbound)).toEqual([]);
    expect(validateMovement(outbound)).toEqual([]);
    expect(balances([inbound, outbound]).get(1)).toBe(0);
  });

  it('EXC-2/EXC-1: a returned item with a quality problem goes to faulty stock, never back on the shelf', () => {
    const { inbound, outbound } = exchangeMovements(exchange(), products);
    expect(inbound.lines).toEqual([{ productId: 1, qty: 1, location: 'faulty' }]);
    expect(validateMovement(inbound)).toEqual([]);
    expect(balances([inbound, outbound]).get(1)).toBe(-1);
    expect(balances([inbound, outbound], 'faulty').get(1)).toBe(1);
  });

  it('EXC-1: without an inspection result nothing is restocked', () => {
    const uninspected = exchange({ inspection: JSON.parse('{"result":"","note":""}') });
    expect(checkExchange(uninspected, products)).toEqual([{ path: 'inspection.result', message: 'stock.exchange.inspectionRequired' }]);
    expect(() => exchangeMovements(uninspected, products)).toThrow(ValidationError);
  });

  it('EXC-1: a quality problem must be described; a passed inspection needs no note', () => {
    expect(validateExchange(exchange({ inspection: { result: 'defective', note: ' ' } }))).toEqual([
      { path: 'inspection.note', message: 'stock.exchange.inspectionNoteRequired' },
    ]);
    expect(validateExchange(exchange({ inspection: { result: 'ok', note: '' } }))).toEqual([]);
  });

  it('EXC-1: a same-product exchange gives the same product in the same quantity', () => {
    expect(validateExchange(exchange({ replacement: { productId: 2, qty: 1 } }))).toEqual([
      { path: 'replacement.productId', message: 'stock.exchange.sameNeedsSameProduct' },
    ]);
    expect(validateExchange(exchange({ replacement: { productId: 1, qty: 2 } }))).toEqual([
      { path: 'replacement.qty', message: 'stock.exchange.sameNeedsSameQty' },
    ]);
  });
});

describe('different-product exchange', () => {
  const different = exchange({ kind: 'different', replacement: { productId: 2, qty: 1 }, inDocNo: 'RK20261127-003', outDocNo: 'CK20261127-004' });

  it('EXC-2: a linked pair of an inbound slip and an outbound slip', () => {
    expect(exchangeDocPrefixes('different')).toEqual({ in: 'RK', out: 'CK' });
    const { inbound, outbound } = exchangeMovements(different, products);
    expect(inbound).toMatchObject({ docNo: 'RK20261127-003', kind: 'exchangeIn', ref: { type: 'exchange', id: 8 } });
    expect(outbound).toMatchObject({ docNo: 'CK20261127-004', kind: 'exchangeOut', ref: { type: 'exchange', id: 8 } });
    expect(balances([inbound, outbound])).toEqual(new Map([[2, -1]]));
    expect(balances([inbound, outbound], 'faulty')).toEqual(new Map([[1, 1]]));
  });

  it('EXC-2: with 有质量问题 (滤芯破损) sellable stock does not rise; it passed inspection, it does', () => {
    const broken = exchangeMovements({ ...different, inspection: { result: 'defective', note: '滤芯破损' } }, products);
    expect(balances([broken.inbound]).get(1)).toBeUndefined();
    expect(balanceOf([broken.inbound], 1, 'faulty')).toBe(1);
    const fine = exchangeMovements({ ...different, inspection: { result: 'ok', note: '' } }, products);
    expect(balanceOf([fine.inbound], 1)).toBe(1);
    expect(balanceOf([fine.inbound], 1, 'faulty')).toBe(0);
  });

  it('EXC-2: the same product or a single shared slip number is refused', () => {
    expect(validateExchange({ ...different, replacement: { productId: 1, qty: 1 } })).toEqual([
      { path: 'replacement.productId', message: 'stock.exchange.differentNeedsOtherProduct' },
    ]);
    expect(validateExchange({ ...different, outDocNo: 'RK20261127-003' })).toEqual([{ path: 'outDocNo', message: 'stock.error.badDocNo' }]);
  });

  it('EXC-1/EXC-2: refuses bad quantities and unknown products', () => {
    expect(checkExchange({ ...different, returned: { productId: 55, qty: 0 } }, products)).toEqual([
      { path: 'returned.qty', message: 'stock.qty.zero' },
      { path: 'returned.productId', message: 'stock.out.unknownProduct' },
    ]);
  });
});

describe('test chambers', () => {
  it('OUT-6: a test chamber that left without a quality problem cannot be exchanged', () => {
    const noProblem = exchange({ returned: { productId: 20, qty: 1 }, replacement: { productId: 20, qty: 1 }, inspection: { result: 'ok', note: '客户不想要了' } });
    expect(checkExchange(noProblem, products)).toEqual([{ path: 'returned.productId', message: 'stock.exchange.testChamberNoQualityProblem' }]);
    expect(() => exchangeMovements(noProblem, products)).toThrow(ValidationError);
  });

  it('OUT-6: a test chamber with a quality problem found on inspection can be exchanged', () => {
    const faulty = exchange({ returned: { productId: 20, qty: 1 }, replacement: { productId: 20, qty: 1 }, inspection: { result: 'defective', note: '温控失灵' } });
    expect(checkExchange(faulty, products)).toEqual([]);
  });
});
