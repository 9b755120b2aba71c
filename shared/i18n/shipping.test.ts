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

  it('rule refusals name their rule in both languages', () => {
    const rules = /^(OUT-[1-7]|SHP-[1-5]):/;
    const ruled = (Object.keys(shippingStrings.zh) as Key[]).filter((k) => rules.test(shippingStrings.zh[k]));
    expect(ruled.length).toBeGreaterThan(40);
    for (const k of ruled) expect(shippingStrings.en[k].match(rules)?.[1], k).toBe(shippingStrings.zh[k].match(rules)?.[1]);
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
    for (const [key, rule] of expectations) expect(shippingStrings.zh[key].startsWith(`${rule}:`), key).toBe(true);
  });
});
