import type { z } from 'zod';
import { approvalRequestRowSchema } from '../approvals/row-schema';
import { auditRowSchema } from '../audit/row-schema';
import { staffRowSchema } from '../auth/row-schema';
import { callLogRowSchema, customerRowSchema, exportRowSchema } from '../domain/row-schema';
import { productRowSchema } from '../products/row-schema';
import { settingRowSchema } from '../records/row-schema';
import { reviewQueueRowSchema, reviewRowSchema } from '../review/row-schema';
import { escalationRowSchema, outstandingIssueRowSchema, partsReleaseRowSchema, serviceCardRowSchema, serviceReportRowSchema, serviceRequestRowSchema } from '../service/row-schema';
import { carrierRowSchema, shipmentRowSchema, shippingListRowSchema } from '../shipping/row-schema';
import { purchaseSlipRowSchema, slipAttachmentRowSchema } from '../slips/row-schema';
import {
  dayReopenRowSchema,
  discrepancyRowSchema,
  docCounterRowSchema,
  exchangeRowSchema,
  movementRowSchema,
  receiptRowSchema,
  returnRowSchema,
  scrapRowSchema,
  settlementRowSchema,
  stockAlertRowSchema,
  stockBalanceRowSchema,
  stockDayRowSchema,
  stockTakeRowSchema,
} from '../stock/row-schema';
import { printProfileRowSchema, templateRowSchema } from '../templates/row-schema';

/**
 * Every table of the database (renderer/db/db.ts and schema-v4…v10.ts) with the schema each of its
 * stored rows must meet. A restore checks every row of a backup against it before the restored data
 * replaces the live data; the database checks every row it writes against it. A new table adds its
 * row here (a test fails while a table of the database has none).
 */
export const rowSchemas = {
  customers: customerRowSchema,
  callLogs: callLogRowSchema,
  settings: settingRowSchema,
  exports: exportRowSchema,
  staff: staffRowSchema,
  auditLog: auditRowSchema,
  templates: templateRowSchema,
  printProfiles: printProfileRowSchema,
  products: productRowSchema,
  movements: movementRowSchema,
  stockBalances: stockBalanceRowSchema,
  stockAlerts: stockAlertRowSchema,
  receipts: receiptRowSchema,
  discrepancies: discrepancyRowSchema,
  returns: returnRowSchema,
  exchanges: exchangeRowSchema,
  stockTakes: stockTakeRowSchema,
  settlements: settlementRowSchema,
  stockDays: stockDayRowSchema,
  dayReopens: dayReopenRowSchema,
  docCounters: docCounterRowSchema,
  purchaseSlips: purchaseSlipRowSchema,
  slipAttachments: slipAttachmentRowSchema,
  shippingLists: shippingListRowSchema,
  shipments: shipmentRowSchema,
  carriers: carrierRowSchema,
  serviceRequests: serviceRequestRowSchema,
  serviceReports: serviceReportRowSchema,
  serviceCards: serviceCardRowSchema,
  outstandingIssues: outstandingIssueRowSchema,
  escalations: escalationRowSchema,
  reviews: reviewRowSchema,
  reviewQueue: reviewQueueRowSchema,
  approvalRequests: approvalRequestRowSchema,
  scraps: scrapRowSchema,
  partsReleases: partsReleaseRowSchema,
} as const satisfies Record<string, z.ZodType>;

export type RowTable = keyof typeof rowSchemas;
export const rowTables = Object.keys(rowSchemas) as readonly RowTable[];

export function isRowTable(table: string): table is RowTable {
  return Object.hasOwn(rowSchemas, table);
}
