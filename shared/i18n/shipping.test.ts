import { describe, expect, it } from 'vitest';
import { addressParts } from '../address/parse';
import { defaultCarriers } from '../shipping/carriers';
import { shipmentStatuses } from '../shipping/shipment';
import { doubtReasons } from '../shipping/shipping-list';
import { deliveryModes, orderTypes, slipStatuses } from '../slips/purchase-slip';
import { dictionaries } from './index';
import { shippingStrings } from './shipping';

const known = (key: string) => Object.hasOwn(dictionaries['zh-CN'], key) && Object.hasOwn(dictionaries.en, key);
type Key = keyof typeof shippingStrings.zh;

describe('shipping dictionary section', () => {
  it('has English for every Chinese key and no empty string', () => {
    expect(Object.keys(shippingStrings.en).sort()).toEqual(Object.keys(shippingStrings.zh).sort());
    for (const text of [...Object.values(shippingStrings.zh), ...Object.values(shippingStrings.en)]) expect(text.trim()).not.toBe('');
  });

  it('is registered and no other section overrides its keys', () => {
    for (const [key, text] of Object.entries(shippingStrings.zh)) expect(Reflect.get(dictionaries['zh-CN'], key), key).toBe(text);
    for (const [key, text] of Object.entries(shippingStrings.en)) expect(Reflect.get(dictionaries.en, key), key).toBe(text);
  });

  it('has a label for every order type, delivery, status, carrier, doubt reason and address part', () => {
    const keys = [
      ...orderTypes.map((t) => `slip.orderType.${t}`),
      ...deliveryModes.map((d) => `slip.delivery.${d}`),
      ...slipStatuses.map((s) => `slip.status.${s}`),
      ...shipmentStatuses.map((s) => `shipment.status.${s}`),
      ...defaultCarriers.map((c) => `carrier.${c.code}`),
      ...doubtReasons.map((r) => `shipping.doubt.${r}`),
      ...addressParts.map((p) => `address.part.${p}`),
      'shipment.queue.chase',
      'shipment.queue.callback',
    ];
    for (const k of keys) expect(known(k), k).toBe(true);
    expect(shippingStrings.zh['shipment.queue.chase']).toBe('待催查');
    expect(shippingStrings.zh['shipment.queue.callback']).toBe('待回访');
  });

  it('rule refusals say what to do without showing their rule ID, in both languages', () => {
    const expectations: Array<[Key, string]> = [
      ['slip.pickup.signBeforeIssue', 'OUT-1'],
      ['slip.error.screenshotRequired', 'OUT-2'],
      ['slip.ship.sameCounter', 'OUT-4'],
      ['slip.ship.countMismatch', 'OUT-4'],
      ['slip.error.signOffInvalid', 'OUT-7'],
      ['shipping.doubt.recipientDiffers', 'SHP-1'],
      ['slip.ship.thirdCopyNotFiled', 'SHP-2'],
      ['shipment.chase.customerNotTold', 'SHP-4'],
      ['shipment.callback.problemNoteRequired', 'SHP-5'],
    ];
    for (const [key, rule] of expectations) {
      for (const text of [shippingStrings.zh[key], shippingStrings.en[key]]) {
        expect(text, key).not.toContain(rule);
        // What is left once the ID went must still read as a sentence: no stray colon or empty brackets.
        expect(text, key).not.toMatch(/^[\s:\uFF1A]|[(\uFF08]\s*[)\uFF09]/);
      }
    }
    expect(shippingStrings.zh['slip.pickup.signBeforeIssue']).toBe('客户签字后才能出库,请先请客户签字');
    expect(shippingStrings.en['slip.pickup.signBeforeIssue']).toBe('The goods are issued only after the customer signs: get the signature first');
  });
});
