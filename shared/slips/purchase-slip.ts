import type { VoidMark } from '../auth/approval';
import type { CoveringApproval, SlipApprovalKind } from './approval-cover';
import type { Actor } from '../auth/roles';
import type { MovementLine } from '../stock/ledger';
import { nextDocNo, parseDocNo } from '../stock/doc-no';
import type { DeliveryMode, OrderType } from '../stock/outbound';

export { deliveryModes, orderTypes } from '../stock/outbound';
export type { DeliveryMode, OrderType } from '../stock/outbound';

/** 产品购销单 numbers: GX20261127-001, one series per day. */
export const slipNoPrefix = 'GX';

export function nextSlipNo(day: string, existingCount: number): string {
  return nextDocNo(slipNoPrefix, day, existingCount);
}

export function isSlipNo(no: string): boolean {
  return parseDocNo(no)?.prefix === slipNoPrefix;
}

/** One line of the slip. `amount` = qty × unitPrice to the fen; it is checked, never recomputed silently. */
export interface SlipLine {
  productId: number;
  qty: number;
  /** Yuan, at most 2 decimals; may differ from the product's list price. */
  unitPrice: number;
  amount: number;
}

/** OUT-2: the back-office order screenshot, printed with the yellow copy. Either inline or a stored blob. */
export interface SlipAttachment {
  kind: 'backOfficeScreenshot';
  name: string;
  mime: string;
  dataUrl?: string;
  blobId?: number;
}

/** A customer's signature on paper, recorded as who signed and when. */
export interface Signature {
  name: string;
  at: number;
}

/**
 * Supervisor approvals recorded on the slip, each covering the lines it was given for
 * (approval-cover.ts): a change of those lines lets it lapse.
 */
export interface SlipApprovals {
  /** OUT-7 领导签字 for products that need it. */
  signOff?: CoveringApproval;
  /** Lets the slip take stock below zero (otherwise a shortage is refused). */
  negativeStock?: CoveringApproval;
}

/** OUT-7: approvals an edit let lapse, kept on the slip until the supervisor signs again. */
export interface LapsedApprovals {
  at: number;
  byName: string;
  kinds: SlipApprovalKind[];
}

/** A staff member doing a step, and when. */
export interface StaffStamp {
  staffId: number;
  name: string;
  at: number;
}

/** SHP-1: the confirmation call for a doubtful order; the call itself is a call-log entry. */
export interface PhoneConfirmation extends StaffStamp {
  callLogId: number;
  /** The clerk checked the customer's contact data against the order. */
  contactChecked: boolean;
}

/** OUT-4: one person's count of the picked goods (per product of the picking list). */
export interface StockCount extends StaffStamp {
  lines: MovementLine[];
}

/** SHP-2: the courier waybill of a shipping slip. */
export interface Waybill {
  /** A carrier code from the carrier list (shipping/carriers.ts). */
  carrier: string;
  trackingNo: string;
  printedAt: number;
  /** The third copy is torn off and kept for registration. */
  thirdCopyFiled: boolean;
}

/** Self-pickup (OUT-1): 草稿 → 客户已签字 → 已出库 → 客户已确认 → 完成. */
export const pickupStatuses = ['draft', 'signed', 'issued', 'confirmed', 'done'] as const;
/** Shipping (OUT-2, OUT-4, SHP-1, SHP-2): 草稿 → 已交明细 → 配货中 → 已复核 → 已打快递单 → 已发货过账. */
export const shipStatuses = ['draft', 'listed', 'picking', 'counted', 'waybilled', 'posted'] as const;
export type PickupStatus = (typeof pickupStatuses)[number];
export type ShipStatus = (typeof shipStatuses)[number];
export type SlipStatus = PickupStatus | ShipStatus;
export const slipStatuses: readonly SlipStatus[] = [...new Set<SlipStatus>([...pickupStatuses, ...shipStatuses])];

/** What a form fills in; the rest is set by the workflow steps. */
export interface SlipFields {
  day: string;
  customerId: number;
  orderType: OrderType;
  delivery: DeliveryMode;
  lines: SlipLine[];
  total: number;
  remarks: string;
  attachments: SlipAttachment[];
  approvals: SlipApprovals;
}

export interface PurchaseSlip extends SlipFields {
  id?: number;
  no: string;
  /** 经手人. */
  handlerId: number;
  handlerName: string;
  status: SlipStatus;
  /** Once printed, the slip is only voided and replaced, never edited. */
  printedAt?: number;
  /**
   * OUT-2: when a print job holding the back-office screenshot page (with the yellow copy) was
   * accepted; a store-restock or repeat-purchase slip does not ship before it.
   */
  screenshotPrintedAt?: number;
  /** OUT-1: the customer's signature on the slip. */
  customerSignature?: Signature;
  /** When the goods left (outbound movement posted), and by whom. */
  released?: StaffStamp;
  /** OUT-1: the customer confirmed the count at pickup. */
  pickupConfirmation?: Signature;
  doneAt?: number;
  phoneConfirmation?: PhoneConfirmation;
  shippingListId?: number;
  pickingStartedAt?: number;
  counts: StockCount[];
  /** When the waybill was printed (the print job accepted), before its number is entered. */
  waybillPrintedAt?: number;
  waybill?: Waybill;
  voided?: VoidMark;
  replacesSlipId?: number;
  /** OUT-7: set when an edit changed lines an approval covered; cleared by a new approval of that kind. */
  lapsedApprovals?: LapsedApprovals;
  createdAt: number;
  updatedAt: number;
}

/** The outbound lines of a slip (product and quantity), for the stock rules and the movement. */
export function slipOutboundLines(slip: Pick<SlipFields, 'lines'>): MovementLine[] {
  return slip.lines.map((l) => ({ productId: l.productId, qty: l.qty }));
}

/** A new draft slip; the repository assigns `no` (nextSlipNo) in the transaction that writes it. */
export function newSlip(fields: SlipFields, no: string, handler: Pick<Actor, 'staffId' | 'name'>, now: number): PurchaseSlip {
  return {
    ...fields,
    no,
    handlerId: handler.staffId,
    handlerName: handler.name,
    status: 'draft',
    counts: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** A blank form. */
export function emptySlipFields(day: string): SlipFields {
  return { day, customerId: 0, orderType: 'normal', delivery: 'pickup', lines: [], total: 0, remarks: '', attachments: [], approvals: {} };
}
