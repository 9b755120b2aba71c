/**
 * Version 9: a courier exchange (EXC-2, 换出方式 快递发货) ships through the same steps as a slip, so a
 * shipping list and a shipment refer to their source document: `slipId` (as before) or `exchangeId`.
 * New indexes only, no upgrade step: every stored list and shipment has its `slipId` and no
 * `exchangeId`; IndexedDB leaves a row without the field out of that index, so the unique `&slipId`
 * still holds with exchange rows beside it.
 */
export const storesV9 = {
  shippingLists: '++id, &slipId, &exchangeId',
  shipments: '++id, &slipId, &exchangeId, day, customerId, trackingNo, status, [status+shippedAt], [status+signedAt], issuePending',
} as const;
