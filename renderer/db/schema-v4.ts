import type { EntityTable } from 'dexie';
import type { PurchaseSlip } from '@shared/slips/purchase-slip';
import type { Carrier } from '@shared/shipping/carriers';
import type { Shipment } from '@shared/shipping/shipment';
import type { ShippingList } from '@shared/shipping/shipping-list';

/**
 * Version 4 (issue 6: purchase slips, shipping lists, shipments, carriers). New tables only, so no upgrade.
 * The tables' row types are added to AppDB below by interface merging, so this version's owner never edits db.ts.
 */
export const storesV4 = {
  // &no: GX20261127-001; [delivery+status]: the work lists (slips to issue, to pick, to count, to post);
  // released.at: the day's released slips for the settlement (WH-1); waybill.trackingNo: the reuse warning.
  purchaseSlips: '++id, &no, day, customerId, status, [delivery+status], replacesSlipId, released.at, waybill.trackingNo',
  // OUT-2 screenshots too big to keep inline on the slip.
  slipAttachments: '++id, createdAt',
  shippingLists: '++id, &slipId',
  // day: the day's log (SHP-3); [status+shippedAt]: the chase queue (SHP-4) is a few index ranges below a cutoff;
  // [status+signedAt]: the callback queue (SHP-5) in signing order; trackingNo: the reuse warning.
  shipments: '++id, &slipId, day, customerId, trackingNo, status, [status+shippedAt], [status+signedAt]',
  carriers: 'code, order',
} as const;

/** A stored back-office screenshot (Blob), referred to by `SlipAttachment.blobId`. */
export interface SlipAttachmentRow {
  id?: number;
  name: string;
  mime: string;
  data: Blob;
  size: number;
  byId: number;
  byName: string;
  createdAt: number;
}

/** The editable carrier list keeps its order. */
export type CarrierRow = Carrier & { order: number };

declare module './db' {
  interface AppDB {
    purchaseSlips: EntityTable<PurchaseSlip, 'id'>;
    slipAttachments: EntityTable<SlipAttachmentRow, 'id'>;
    shippingLists: EntityTable<ShippingList, 'id'>;
    shipments: EntityTable<Shipment, 'id'>;
    carriers: EntityTable<CarrierRow, 'code'>;
  }
}
