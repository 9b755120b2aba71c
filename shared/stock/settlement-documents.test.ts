import { describe, expect, it } from 'vitest';
import type { Exchange } from './exchange';
import { exchangeMovements } from './exchange';
import type { Receipt } from './receiving';
import { receiptMovement } from './receiving';
import { returnMovement } from './returns';
import { settleDay } from './settlement';
import { exchangeDocuments, receiptDocument, returnDocument, stockTakeDocument } from './settlement-documents';
import { adjustmentMovement } from './stock-take';
import { product, productMap, supervisorApproval } from './test-fixtures';

const day = '2026-11-27';
const base = { at: 1_700_000_000_000, day, handlerId: 2, handlerName: '李库管' };

describe('settlement documents of stock records', () => {
  it('WH-1: receipts, returns, exchanges and stock takes reconcile with the movements they post', () => {
    const receipt: Receipt & { id: number } = {
      ...base, id: 1, docNo: 'RK20261127-001', deliveryNoteNo: 'N1', receiverId: 2, receiverName: '李', keeperId: 3, keeperName: '赵',
      lines: [{ productId: 1, noteQty: 10, countedQty: 9 }, { productId: 2, noteQty: 1, countedQty: 0 }],
    };
    const ret = { ...base, id: 2, docNo: 'RK20261127-002', customerId: 31, lines: [{ productId: 1, qty: 1 }], reason: '多订' };
    const ex: Exchange & { id: number } = {
      ...base, id: 3, kind: 'different', returned: { productId: 1, qty: 1 }, replacement: { productId: 2, qty: 1 },
      inspection: { result: 'ok', note: '' }, inDocNo: 'RK20261127-003', outDocNo: 'CK20261127-001',
    };
    const take = {
      id: 4, docNo: 'PD20261127-001', day, createdAt: 1, createdById: 2, createdByName: '李', scope: { kind: 'all' as const }, blind: true,
      status: 'counting' as const, lines: [{ productId: 1, bookQty: 9, countedQty: 8, reason: '破损' }],
    };
    const products = productMap(product(1), product(2));
    const { inbound, outbound } = exchangeMovements(ex, products);
    const movements = [receiptMovement(receipt), returnMovement(ret), inbound, outbound, adjustmentMovement(take, supervisorApproval, { ...base, docNo: take.docNo })]
      .filter((m) => m !== undefined);
    const documents = [receiptDocument(receipt), returnDocument(ret), ...exchangeDocuments(ex), stockTakeDocument(take)];
    expect(exchangeDocuments(ex).map((d) => d.docNo)).toEqual(['RK20261127-003', 'CK20261127-001']);
    const result = settleDay(day, movements, documents);
    expect(result.differences).toEqual([]);
    expect(result.totals).toEqual([
      { productId: 1, inbound: 11, outbound: 1, net: 10 },
      { productId: 2, inbound: 0, outbound: 1, net: -1 },
    ]);
  });

  it('WH-1: a same-product exchange is one 换货单 number with an inbound and an outbound side', () => {
    const ex: Exchange & { id: number } = {
      ...base, id: 3, kind: 'same', returned: { productId: 1, qty: 2 }, replacement: { productId: 1, qty: 2 },
      inspection: { result: 'ok', note: '' }, inDocNo: 'HH20261127-001', outDocNo: 'HH20261127-001', delivery: 'ship',
    };
    expect(exchangeDocuments(ex)).toEqual([
      { ref: { type: 'exchange', id: 3 }, docNo: 'HH20261127-001', lines: [{ productId: 1, qty: 2 }], paper: 'inboundSlip' },
      { ref: { type: 'exchange', id: 3 }, docNo: 'HH20261127-001', lines: [{ productId: 1, qty: -2 }], paper: 'outboundSlip', delivery: 'ship' },
    ]);
  });

  it('EXC-2: an exchange with a quality problem says its returned item goes to faulty stock', () => {
    const ex: Exchange & { id: number } = {
      ...base, id: 3, kind: 'different', returned: { productId: 1, qty: 1 }, replacement: { productId: 2, qty: 1 },
      inspection: { result: 'defective', note: '滤芯破损' }, inDocNo: 'RK20261127-003', outDocNo: 'CK20261127-001',
    };
    expect(exchangeDocuments(ex)[0]?.lines).toEqual([{ productId: 1, qty: 1, location: 'faulty' }]);
  });
});
