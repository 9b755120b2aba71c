import { z } from 'zod';
import { approvalRow, flag, instant, isoDate, key, productQtyRow, rowOf, text, withRules } from '../rows/kit';
import { exchangeKinds, inspectionResults, validateExchange, type Exchange } from './exchange';
import { movementKinds, refTypes, stockLocations, validateMovement, type Movement } from './ledger';
import { exchangeShippingRow } from '../shipping/row-schema';
import { deliveryModes } from './outbound';
import { paperTypes } from './reconcile-rules';
import { validateReceipt, type Discrepancy, type Receipt } from './receiving';
import { validateReturn, type CustomerReturn } from './returns';
import { stockStrings } from '../i18n/stock';
import type { StockMessage } from './messages';
import { validateScrap, type Scrap } from './scrap';
import type { SettledDay } from './settlement';
import type { StockTake } from './stock-take';

/**
 * The stored rows of the stock tables (version 3). The document tables are checked by the same
 * validators their repositories run before writing; the bookkeeping rows (balances, alerts, day
 * locks, counters) have no form, so their shape is all there is to check.
 */

const stamp = { docNo: text, at: instant, day: isoDate, handlerId: z.number().int(), handlerName: text };
const movementRef = z.object({ type: z.enum(refTypes), id: key });
const location = z.enum(stockLocations);
/** A movement or return line: sellable stock unless it says faulty (不良品). */
const stockLine = productQtyRow.extend({ location: location.optional() });

export const movementRowSchema = rowOf<Movement & { productIds: number[]; refKey?: string }>()(
  withRules(
    z.object({
      id: key.optional(),
      ...stamp,
      kind: z.enum(movementKinds),
      lines: z.array(stockLine),
      ref: movementRef.optional(),
      customerId: key.optional(),
      note: text.optional(),
      productIds: z.array(key),
      refKey: text.optional(),
    }),
    validateMovement,
  ),
);

/** The running balance of one product. */
export const stockBalanceRowSchema = z.object({ productId: key, onHand: z.number(), faulty: z.number().optional() });

/** IN-1: one safety-stock alert. */
export const stockAlertRowSchema = z.object({
  id: key.optional(),
  productId: key,
  raisedAt: instant,
  clearedAt: instant.optional(),
  onHandAtRaise: z.number(),
  safetyStock: z.number(),
  docNo: text,
});

export const receiptRowSchema = rowOf<Receipt>()(
  withRules(
    z.object({
      id: key.optional(),
      ...stamp,
      deliveryNoteNo: text,
      supplier: text.optional(),
      receiverId: z.number().int(),
      receiverName: text,
      keeperId: z.number().int(),
      keeperName: text,
      lines: z.array(z.object({ productId: key, noteQty: z.number(), countedQty: z.number() })),
      note: text.optional(),
      repeatsDocNo: text.optional(),
    }),
    validateReceipt,
  ),
);

export const discrepancyRowSchema = rowOf<Discrepancy>()(
  z.object({
    id: key.optional(),
    productId: key,
    noteQty: z.number(),
    countedQty: z.number(),
    difference: z.number(),
    receiptId: key,
    receiptDocNo: text,
    day: isoDate,
    status: z.enum(['open', 'handled']),
    handledAt: instant.optional(),
    handledById: z.number().int().optional(),
    handledByName: text.optional(),
    resolution: text.optional(),
  }),
);

export const returnRowSchema = rowOf<CustomerReturn>()(
  withRules(
    z.object({ id: key.optional(), ...stamp, customerId: z.number().int(), slipId: key.optional(), lines: z.array(stockLine), reason: text }),
    validateReturn,
  ),
);

export const exchangeRowSchema = rowOf<Exchange>()(
  withRules(
    z.object({
      id: key.optional(),
      kind: z.enum(exchangeKinds),
      at: instant,
      day: isoDate,
      handlerId: z.number().int(),
      handlerName: text,
      customerId: key.optional(),
      slipId: key.optional(),
      returned: productQtyRow,
      replacement: productQtyRow,
      inspection: z.object({ result: z.enum(inspectionResults), note: text }),
      inDocNo: text,
      outDocNo: text,
      reason: text.optional(),
      delivery: z.enum(deliveryModes).optional(),
      shipping: exchangeShippingRow.optional(),
    }),
    validateExchange,
  ),
);

const stockTakeScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('products'), productIds: z.array(key) }),
  z.object({ kind: z.literal('locations'), locations: z.array(text) }),
]);

export const stockTakeRowSchema = rowOf<StockTake>()(
  z.object({
    id: key.optional(),
    docNo: text,
    day: isoDate,
    createdAt: instant,
    createdById: z.number().int(),
    createdByName: text,
    scope: stockTakeScope,
    blind: flag,
    lines: z.array(z.object({ productId: z.number().int(), bookQty: z.number(), countedQty: z.number().optional(), reason: text.optional() })),
    status: z.enum(['counting', 'posted']),
    approval: approvalRow.optional(),
    postedAt: instant.optional(),
  }),
);

const direction = z.enum(['in', 'out']);
const paper = z.enum(paperTypes);
/** A stock dictionary key, so the report can word it. */
const stockMessage = z.custom<StockMessage>((v) => typeof v === 'string' && Object.hasOwn(stockStrings.zh, v));
const difference = z.discriminatedUnion('kind', [
  z.object({
    key: text, kind: z.literal('movementWithoutDocument'), docNo: text, ref: movementRef.optional(), productId: z.number().int(), direction, movementQty: z.number(),
    location: location.optional(),
  }),
  z.object({ key: text, kind: z.literal('documentWithoutMovement'), docNo: text, ref: movementRef, paper: paper.optional() }),
  z.object({
    key: text, kind: z.literal('quantityMismatch'), docNo: text, ref: movementRef, productId: z.number().int(), direction, documentQty: z.number(), movementQty: z.number(),
    paper: paper.optional(), location: location.optional(),
  }),
  z.object({ key: text, kind: z.literal('missingPaper'), docNo: text, ref: movementRef, paper, message: stockMessage }),
]);

/** WH-1: a settled day as kept for its report. */
export const settlementRowSchema = rowOf<SettledDay>()(
  z.object({
    id: key.optional(),
    day: isoDate,
    totals: z.array(z.object({ productId: z.number().int(), inbound: z.number(), outbound: z.number(), net: z.number() })),
    movementCount: z.number().int().nonnegative(),
    documentCount: z.number().int().nonnegative(),
    differences: z.array(difference),
    balanced: flag,
    checked: z.array(z.object({ paper, count: z.number().int().nonnegative() })).optional(),
    matches: z
      .array(z.object({ docNo: text, kind: z.enum(movementKinds), ref: movementRef.optional(), papers: z.array(z.object({ paper, docNo: text.optional() })), ok: flag }))
      .optional(),
    settledAt: instant,
    settledById: z.number().int(),
    settledByName: text,
    explanations: z.record(z.string(), text),
  }),
);

/** WH-1: whether a day is locked. */
export const stockDayRowSchema = z.object({
  day: isoDate,
  status: z.enum(['settled', 'reopened']),
  settlementId: key,
  settledAt: instant,
  settledByName: text,
  reopenedAt: instant.optional(),
  reopenedByName: text.optional(),
});

/** A supervisor reopening a settled day. */
export const dayReopenRowSchema = z.object({
  id: key.optional(),
  day: isoDate,
  at: instant,
  reason: text,
  approval: approvalRow,
  byId: z.number().int(),
  byName: text,
});

/** How many numbers a document series has used on a day ('RK2026-11-27'). */
export const docCounterRowSchema = z.object({ key: z.string().min(1), count: z.number().int().nonnegative() });

/** Faulty goods scrapped (报废), with the supervisor's approval. */
export const scrapRowSchema = rowOf<Scrap>()(
  withRules(
    z.object({ id: key.optional(), ...stamp, lines: z.array(stockLine), reason: text, approval: approvalRow }),
    validateScrap,
  ),
);
