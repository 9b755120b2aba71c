import type { Actor } from '@shared/auth/roles';
import type { ShipSource } from '@shared/shipping/ship-doc';
import type { DoubtReason, Recipient } from '@shared/shipping/shipping-list';
import type { MovementLine } from '@shared/stock/ledger';
import type { Issue } from '@shared/validation';
import type { AppDB } from '../../../db/db';
import {
  confirmExchangeByPhone,
  exchangeDoubts,
  exchangePickingList,
  exchangeShippingListDraft,
  exchangeTrackingWarnings,
  handOverExchangeList,
  markExchangeWaybillPrinted,
  postExchangeShipment,
  recordExchangeCount,
  recordExchangeWaybill,
  saveExchangeShippingList,
  startExchangePicking,
} from '../../../db/exchange-shipping';
import type { StaffConfirmation } from '../../../db/receiving-repo';
import {
  confirmSlipByPhone,
  handOverShippingList,
  markWaybillsPrinted,
  pickingList,
  postSlipShipment,
  recordSlipCount,
  recordSlipWaybill,
  saveShippingList,
  shippingListDraft,
  slipDoubts,
  startSlipPicking,
  trackingWarnings,
  type PickRow,
  type ShippingListInput,
  type StepCall,
  type WaybillInput,
} from '../../../db/shipping-repo';

/**
 * The shipping steps of one source document, whatever it is: a shipping slip, or a courier exchange
 * (EXC-2). Every section of the workspace calls these, so the screens are the same for both; each
 * source's repository runs the same shared step functions on its own record.
 */
export interface ShipApi {
  draft(db: AppDB): Promise<ShippingListInput>;
  doubts(db: AppDB, recipient: Recipient): Promise<DoubtReason[]>;
  saveList(db: AppDB, actor: Actor, input: ShippingListInput): Promise<unknown>;
  confirmByPhone(db: AppDB, actor: Actor, call: StepCall, contactChecked: boolean, at: number): Promise<unknown>;
  handOver(db: AppDB, actor: Actor): Promise<unknown>;
  pickingList(db: AppDB): Promise<PickRow[]>;
  startPicking(db: AppDB, actor: Actor): Promise<unknown>;
  recordCount(db: AppDB, actor: Actor, counter: StaffConfirmation, lines: MovementLine[]): Promise<unknown>;
  trackingWarnings(db: AppDB, carrier: string, trackingNo: string): Promise<Issue[]>;
  recordWaybill(db: AppDB, actor: Actor, w: WaybillInput): Promise<{ warnings: Issue[] }>;
  /** The waybill print was accepted. */
  waybillPrinted(db: AppDB, actor: Actor): Promise<void>;
  /** 发货过账; the outbound movement's number. */
  post(db: AppDB, actor: Actor): Promise<string>;
}

function slipApi(id: number): ShipApi {
  return {
    draft: (db) => shippingListDraft(db, id),
    doubts: (db, r) => slipDoubts(db, id, r),
    saveList: (db, actor, input) => saveShippingList(db, actor, id, input),
    confirmByPhone: (db, actor, call, checked, at) => confirmSlipByPhone(db, actor, id, call, checked, at),
    handOver: (db, actor) => handOverShippingList(db, actor, id),
    pickingList: (db) => pickingList(db, id),
    startPicking: (db, actor) => startSlipPicking(db, actor, id),
    recordCount: (db, actor, counter, lines) => recordSlipCount(db, actor, id, counter, lines),
    trackingWarnings: (db, carrier, no) => trackingWarnings(db, carrier, no, id),
    recordWaybill: (db, actor, w) => recordSlipWaybill(db, actor, id, w),
    waybillPrinted: (db, actor) => markWaybillsPrinted(db, actor, [id]),
    post: async (db, actor) => (await postSlipShipment(db, actor, id)).movement.docNo,
  };
}

function exchangeApi(id: number): ShipApi {
  return {
    draft: (db) => exchangeShippingListDraft(db, id),
    doubts: (db, r) => exchangeDoubts(db, id, r),
    saveList: (db, actor, input) => saveExchangeShippingList(db, actor, id, input),
    confirmByPhone: (db, actor, call, checked, at) => confirmExchangeByPhone(db, actor, id, call, checked, at),
    handOver: (db, actor) => handOverExchangeList(db, actor, id),
    pickingList: (db) => exchangePickingList(db, id),
    startPicking: (db, actor) => startExchangePicking(db, actor, id),
    recordCount: (db, actor, counter, lines) => recordExchangeCount(db, actor, id, counter, lines),
    trackingWarnings: (db, carrier, no) => exchangeTrackingWarnings(db, carrier, no, id),
    recordWaybill: (db, actor, w) => recordExchangeWaybill(db, actor, id, w),
    waybillPrinted: (db, actor) => markExchangeWaybillPrinted(db, actor, id),
    post: async (db, actor) => (await postExchangeShipment(db, actor, id)).movement.docNo,
  };
}

export function shipApi(source: ShipSource): ShipApi {
  return source.type === 'exchange' ? exchangeApi(source.id) : slipApi(source.id);
}
