import { z } from 'zod';
import { flag, instant, isoDate, key, productQtyRow, rowOf, staffStampRow, text, voidMarkRow, withRules } from '../rows/kit';
import { validateCarriers, type Carrier } from './carriers';
import { issue } from '../slips/messages';
import { shipStatuses } from '../slips/purchase-slip';
import type { ExchangeShipping } from './ship-doc';
import { shipmentStatuses, type Shipment } from './shipment';
import { validateShippingList, type ShippingList } from './shipping-list';

const recipient = z.object({ name: text, phone: text, province: text, city: text, district: text, detail: text });

/** A 发货明细表, checked by the list form's validator. */
export const shippingListRowSchema = rowOf<ShippingList>()(
  withRules(
    z.object({
      id: key.optional(),
      // Its source document: a slip (every list before exchanges shipped) or a courier exchange; the validator demands exactly one.
      slipId: key.optional(),
      exchangeId: key.optional(),
      lines: z.array(z.object({ category: text, qty: z.number() })),
      recipient,
      createdAt: instant,
      updatedAt: instant,
    }),
    validateShippingList,
  ),
);

/** A shipment log entry with its chases and callbacks. */
export const shipmentRowSchema = rowOf<Shipment>()(
  withRules(
  z.object({
    id: key.optional(),
    slipId: key.optional(),
    exchangeId: key.optional(),
    slipNo: text,
    shippingListId: key.optional(),
    recipient: recipient.optional(),
    goods: z.array(z.object({ name: text, qty: z.number() })).optional(),
    customerId: z.number().int(),
    carrier: text,
    trackingNo: text,
    shippedAt: instant,
    day: isoDate,
    status: z.enum(shipmentStatuses),
    signedAt: instant.optional(),
    chases: z.array(
      staffStampRow.extend({ courierContact: text, trackingStatus: text, cause: text, customerTold: flag, askedPriority: flag, callLogIds: z.array(key) }),
    ),
    callbacks: z.array(staffStampRow.extend({ reached: flag, damaged: flag, matchesList: flag, note: text, callLogId: key.optional() })),
    exception: z.object({ at: instant, note: text, outstandingIssueId: key.optional() }).optional(),
    needsOutstandingIssue: flag.optional(),
    voided: voidMarkRow.optional(),
    updatedAt: instant,
    /** The version-7 index key (schema-v7.ts): 1 while the shipment waits for its outstanding issue. */
    issuePending: z.literal(1).optional(),
  }),
  // Exactly one source document, as on its shipping list.
  (s) => ((s.slipId === undefined) !== (s.exchangeId === undefined) ? [] : [issue('slipId', 'shipping.error.slipRequired')]),
  ),
);

/**
 * The shipping steps' state kept on a courier exchange (`exchange.shipping`, EXC-2): the same fields a
 * shipping slip keeps in its own (shared/slips/row-schema.ts).
 */
export const exchangeShippingRow = rowOf<ExchangeShipping>()(
  z.object({
    status: z.enum(shipStatuses),
    phoneConfirmation: staffStampRow.extend({ callLogId: key, contactChecked: flag }).optional(),
    shippingListId: key.optional(),
    pickingStartedAt: instant.optional(),
    counts: z.array(staffStampRow.extend({ lines: z.array(productQtyRow) })),
    waybillPrintedAt: instant.optional(),
    waybill: z.object({ carrier: text, trackingNo: text, printedAt: instant, thirdCopyFiled: flag }).optional(),
    released: staffStampRow.optional(),
    updatedAt: instant,
  }),
);

/** One courier company of the editable list, in its place; its code, name and tracking page checked as the list editor checks them. */
export const carrierRowSchema = rowOf<Carrier & { order: number }>()(
  withRules(z.object({ code: text, name: text, trackingUrl: text, active: flag, order: z.number() }), (c) =>
    validateCarriers([c]).map((i) => ({ ...i, path: i.path.replace(/^carriers\.0\.?/, '') })),
  ),
);
