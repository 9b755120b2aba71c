import { describe, expect, it } from 'vitest';
import { validateMovement } from '../stock/ledger';
import type { PurchaseSlip } from './purchase-slip';
import { slipDocument, slipMovement } from './slip-documents';
import { ids, keeper, line, NOW, slip, supervisorApproval } from './test-fixtures';

const released = (): PurchaseSlip & { id: number } => ({ ...slip({ lines: [line(ids.plain, 2), line(ids.plain, 1), line(ids.set, 1)] }), status: 'issued', released: { ...keeper, at: NOW } });

describe('slip movement and settlement document', () => {
  it('posts one outbound movement for the slip, one line per product, referring to the slip', () => {
    const m = slipMovement(released(), { docNo: 'CK20261127-001', at: NOW, day: '2026-11-27', handlerId: 2, handlerName: '李强' });
    expect(m).toMatchObject({ kind: 'issue', ref: { type: 'slip', id: 11 }, customerId: 7, lines: [{ productId: ids.plain, qty: -3 }, { productId: ids.set, qty: -1 }] });
    expect(validateMovement(m)).toEqual([]);
  });

  it('WH-1: a released slip says what left; a draft says nothing; a voided released slip still names its movement', () => {
    expect(slipDocument(released())).toEqual({ ref: { type: 'slip', id: 11 }, docNo: 'GX20261127-001', lines: [{ productId: ids.plain, qty: -2 }, { productId: ids.plain, qty: -1 }, { productId: ids.set, qty: -1 }] });
    expect(slipDocument(slip())).toBeUndefined();
    const voided = { ...released(), voided: { at: NOW, byId: 9, byName: '王主任', reason: '退货', approval: supervisorApproval } };
    expect(slipDocument(voided)?.lines).toHaveLength(3);
  });
});
