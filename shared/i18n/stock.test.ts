import { describe, expect, it } from 'vitest';
import { dictionaries } from './index';
import { stockStrings } from './stock';

describe('stock dictionary section', () => {
  it('has English for every Chinese key and no empty string', () => {
    expect(Object.keys(stockStrings.en).sort()).toEqual(Object.keys(stockStrings.zh).sort());
    for (const text of [...Object.values(stockStrings.zh), ...Object.values(stockStrings.en)]) expect(text.trim()).not.toBe('');
  });

  it('is registered and no other section overrides its keys', () => {
    for (const [key, text] of Object.entries(stockStrings.zh)) expect(Reflect.get(dictionaries['zh-CN'], key), key).toBe(text);
    for (const [key, text] of Object.entries(stockStrings.en)) expect(Reflect.get(dictionaries.en, key), key).toBe(text);
  });

  it('rule refusals name their rule in both languages', () => {
    const ruled: Array<[keyof typeof stockStrings.zh, string]> = [
      ['stock.receipt.sameSigner', 'IN-2'],
      ['stock.discrepancy.reported', 'IN-3'],
      ['stock.return.customerRequired', 'IN-4'],
      ['stock.safety.banner', 'IN-1'],
      ['stock.out.memberLooseComponent', 'OUT-3'],
      ['stock.out.memberIncompleteSet', 'OUT-3'],
      ['stock.out.testChamberPickupOnly', 'OUT-5'],
      ['stock.exchange.testChamberNoQualityProblem', 'OUT-6'],
      ['stock.out.needsSignOff', 'OUT-7'],
      ['stock.exchange.inspectionRequired', 'EXC-1'],
      ['stock.exchange.differentNeedsOtherProduct', 'EXC-2'],
      ['stock.settlement.dayLocked', 'WH-1'],
      ['stock.take.needsApproval', 'WH-2'],
    ];
    for (const [key, rule] of ruled) {
      expect(stockStrings.zh[key].startsWith(`${rule}:`), key).toBe(true);
      expect(stockStrings.en[key].startsWith(`${rule}:`), key).toBe(true);
    }
    expect(stockStrings.zh['stock.out.testChamberPickupOnly']).toContain('试验箱仅限自提,不能快递发货');
  });
});
