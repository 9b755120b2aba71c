import { describe, expect, it } from 'vitest';
import { translate, type Lang } from '../i18n';
import { shipmentParts, type IntegrityProblem } from './problems';
import { problemGroup, problemLine } from './words';

const names = new Map([[3, 'LX-PP PP棉滤芯']]);

/** One problem of every kind, as the check returns them. */
const samples: IntegrityProblem[] = [
  { kind: 'stockPaper', table: 'exchanges', recordId: '4', label: 'CK20261127-002', difference: { key: 'k', kind: 'missingPaper', docNo: 'CK20261127-002', ref: { type: 'exchange', id: 4 }, paper: 'shippingList', message: 'stock.reconcile.missing.exchangeShippingList' } },
  { kind: 'stockPaper', table: 'receipts', recordId: '1', label: 'RK20261127-001', difference: { key: 'k', kind: 'documentWithoutMovement', docNo: 'RK20261127-001', ref: { type: 'receipt', id: 1 }, paper: 'receipt' } },
  { kind: 'stockPaper', table: 'movements', label: 'CK20261127-009', difference: { key: 'k', kind: 'movementWithoutDocument', docNo: 'CK20261127-009', productId: 3, direction: 'out', movementQty: 2 } },
  { kind: 'stockPaper', table: 'purchaseSlips', recordId: '2', label: 'GX20261127-001', difference: { key: 'k', kind: 'quantityMismatch', docNo: 'GX20261127-001', ref: { type: 'slip', id: 2 }, productId: 3, direction: 'out', documentQty: 2, movementQty: 3, paper: 'purchaseSlip' } },
  { kind: 'balanceOff', table: 'stockBalances', recordId: '3', productId: 3, location: 'faulty', stored: 2, ledger: 1 },
  { kind: 'negativeStock', table: 'stockBalances', recordId: '3', productId: 3, location: 'sellable', qty: -1 },
  { kind: 'receiptDiscrepancies', table: 'receipts', recordId: '1', label: 'RK20261127-001', expected: 1, found: 0 },
  ...shipmentParts.map((missing): IntegrityProblem => ({ kind: 'shipmentIncomplete', table: 'shipments', recordId: '5', label: 'GX20261127-003', missing })),
  ...(['stockTake', 'signOff', 'scrap'] as const).flatMap((approval): IntegrityProblem[] => [
    { kind: 'approvalMissing', table: 'stockTakes', recordId: '6', label: 'PD20261127-001', approval },
    { kind: 'approvalStale', table: 'stockTakes', recordId: '6', label: 'PD20261127-001', approval },
  ]),
  { kind: 'auditMissing', table: 'customers', recordId: '12', label: '张伟' },
  { kind: 'auditOrphan', table: 'serviceReports', recordId: '9' },
  { kind: 'exportCount', table: 'exports', recordId: '1', label: '电话记录.xlsx', exportKind: 'callLogs', rowCount: 14, records: 12 },
];

// Stored names are camelCase (purchaseSlips); plain English words like "movements" are fine in the English text.
const rawWords = /\b(stockPaper|stockBalances|purchaseSlips|serviceReports|shippingLists|partsReleases|callLogs|auditMissing|undefined|null|NaN)\b|[{}]|integrity\.|stock\.|OUT-|WH-|REC-|SHP-|IN-\d/;

describe('数据自检 in words', () => {
  for (const lang of ['zh-CN', 'en'] as Lang[]) {
    it(`every problem reads as a sentence for a clerk in ${lang}: the record as staff know it, what is wrong, no stored name, key or rule ID`, () => {
      const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
      for (const p of samples) {
        const line = problemLine(t, p, names);
        expect(line, JSON.stringify(p)).not.toMatch(rawWords);
        if (p.label) expect(line).toContain(p.label);
      }
    });
  }

  it('names the product of a balance, and a record without a number by its table and number', () => {
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('zh-CN', key, params);
    expect(problemLine(t, samples[4] as IntegrityProblem, names)).toBe('产品 LX-PP PP棉滤芯:LX-PP PP棉滤芯的不良品库存记为 2,但出入库流水合计为 1');
    expect(problemLine(t, { kind: 'auditOrphan', table: 'serviceReports', recordId: '9' }, names)).toBe('服务报告(第 9 号):审计日志记有新建,但这条记录已不存在');
    expect(problemLine(t, samples[0] as IntegrityProblem, names)).toBe('换货 CK20261127-002:换货快递发出但没有发货明细表');
  });

  it('puts every kind in a group of the list', () => {
    expect(new Set(samples.map(problemGroup))).toEqual(new Set(['stockPaper', 'balances', 'shipping', 'approvals', 'audit', 'exports']));
  });
});
