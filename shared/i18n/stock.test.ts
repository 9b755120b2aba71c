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

  it('rule refusals say what to do without showing their rule ID, in both languages', () => {
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
      for (const text of [stockStrings.zh[key], stockStrings.en[key]]) {
        expect(text, key).not.toContain(rule);
        // What is left once the ID went must still read as a sentence: no stray colon or empty brackets.
        expect(text, key).not.toMatch(/^[\s:\uFF1A]|[(\uFF08]\s*[)\uFF09]/);
      }
    }
    expect(stockStrings.zh['stock.out.testChamberPickupOnly']).toBe('试验箱仅限自提,不能快递发货,请改为客户自提');
  });
});
