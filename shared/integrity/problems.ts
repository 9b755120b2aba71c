import type { ExportKind } from '../domain/export-record';
import type { StockLocation, RefType } from '../stock/ledger';
import type { SettlementDifference } from '../stock/settlement';

/**
 * What the data check (数据自检) finds, as data: one problem per broken invariant, naming the table and
 * record it is about and, where staff know the record by one, its document number or name (`label`).
 * The screen words each through the dictionary (words.ts); the soak and the tests read them as they are.
 */

/** The tables whose every row is written with a 'create' audit entry in the same transaction. */
export const auditedTables = [
  'staff', 'customers', 'callLogs', 'products', 'movements', 'receipts', 'discrepancies', 'returns', 'exchanges', 'stockTakes', 'scraps',
  'settlements', 'purchaseSlips', 'slipAttachments', 'shippingLists', 'shipments', 'serviceRequests', 'serviceReports', 'serviceCards',
  'outstandingIssues', 'escalations', 'reviews', 'exports', 'approvalRequests',
  // SVC-3: a report's parts release is added with its 'create' entry in the report's transaction (parts-releases-repo.ts).
  'partsReleases',
] as const;
export type AuditedTable = (typeof auditedTables)[number];

/** The record a stock movement carries out, by the table it lives in. */
export const refTables: Record<RefType, AuditedTable> = {
  receipt: 'receipts',
  return: 'returns',
  slip: 'purchaseSlips',
  exchange: 'exchanges',
  stockTake: 'stockTakes',
  serviceReport: 'serviceReports',
  scrap: 'scraps',
};

/**
 * What a posted parcel must have: its source document (a purchase slip, or the exchange whose
 * replacement it carries, EXC-2), OUT-2 list, OUT-4 two-person count, SHP-2 waybill number, SHP-3 log entry.
 */
export const shipmentParts = ['slip', 'exchange', 'shippingList', 'doubleCount', 'trackingNo', 'logEntry'] as const;
export type ShipmentPart = (typeof shipmentParts)[number];

/** Which approval kept on a record: a stock take's variance list (WH-2), a slip's 领导签字 (OUT-7), a scrap's (报废). */
export type ApprovalKind = 'stockTake' | 'signOff' | 'scrap';

interface About {
  table: AuditedTable | 'stockBalances';
  recordId?: string;
  /** How staff know the record: its document number, or a name. */
  label?: string;
}

export type IntegrityProblem = About &
  (
    /** WH-1 over the whole ledger: a movement without its paper, a paper without its movement, quantities that differ. */
    | { kind: 'stockPaper'; difference: SettlementDifference }
    /** The running balance is not the sum of the product's movements in that place. */
    | { kind: 'balanceOff'; productId: number; location: StockLocation; stored: number; ledger: number }
    | { kind: 'negativeStock'; productId: number; location: StockLocation; qty: number }
    /** IN-3: a receipt whose differing lines do not each have their discrepancy record. */
    | { kind: 'receiptDiscrepancies'; expected: number; found: number }
    | { kind: 'shipmentIncomplete'; missing: ShipmentPart }
    | { kind: 'approvalMissing'; approval: ApprovalKind }
    /** An approval that no longer covers the record as it stands (it was changed after signing). */
    | { kind: 'approvalStale'; approval: ApprovalKind }
    | { kind: 'auditMissing' }
    | { kind: 'auditOrphan' }
    /** REC-2: the registry says a file holds a number of records other than those that existed when it was written. */
    | { kind: 'exportCount'; exportKind: ExportKind; rowCount: number; records: number }
  );

export type IntegrityProblemKind = IntegrityProblem['kind'];
