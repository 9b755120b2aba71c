import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Customer } from '@shared/domain/customer';
import type { CallLog } from '@shared/domain/call-log';
import type { ExportRecord } from '@shared/domain/export-record';
import type { Staff } from '@shared/auth/roles';
import { AppendOnlyError, type AuditEntry } from '@shared/audit/audit';
import type { Template } from '@shared/templates/template';
import type { PrinterProfile } from '@shared/templates/calibration';
import type { Receipt, Discrepancy } from '@shared/stock/receiving';
import type { CustomerReturn } from '@shared/stock/returns';
import type { Exchange } from '@shared/stock/exchange';
import type { StockTake } from '@shared/stock/stock-take';
import type { SettledDay } from '@shared/stock/settlement';
import { activeDbName, defaultDbName } from './active-db';
import { guardRows } from './row-guard';
import { upgradeToV3 } from './migrations/v2-to-v3';
import { storesV4 } from './schema-v4';
import { storesV5, upgradeToV5 } from './schema-v5';
import { storesV6 } from './schema-v6';
import { keepIssuePending, storesV7, upgradeToV7 } from './schema-v7';
import { storesV8 } from './schema-v8';
import { storesV9 } from './schema-v9';
import { quotaWatch } from './quota-watch';
import { guardConnection } from './window-channel';
import { storesV10 } from './schema-v10';
import type { DayReopenRow, DayState, DocCounter, StockAlert, StockBalance, StoredMovement, StoredProduct } from './stock-rows';

export interface Setting {
  key: string;
  value: unknown;
}

/** One printer's calibration for one template (DESIGNER's print-profiles-repo reads and writes it). */
export type PrintProfileRow = PrinterProfile & { printerName: string; templateId: string; updatedAt: number };

/** Version 1 (issue 2), as shipped: never edited. */
export const storesV1 = {
  customers: '++id, name, *phones, *searchKeys, createdAt',
  // [customerId+at]: a customer's calls in time order; followUpDate: the follow-ups due list.
  callLogs: '++id, at, [customerId+at], phone, followUpDate',
  settings: 'key',
  exports: '++id, kind, createdAt',
} as const;

/** Version 2 (issue 3 staff and audit, issue 5 print templates): new tables only, so no upgrade step. */
export const storesV2 = {
  staff: '++id, name, active',
  // [table+recordId]: one record's history in order.
  auditLog: '++id, at, staffId, table, [table+recordId]',
  templates: 'id',
  printProfiles: '[printerName+templateId], templateId',
} as const;

/**
 * Version 3 (issue 4: products, the stock ledger, receiving, returns, exchanges, settlement, stock takes).
 * Customers keep their indexes; the upgrade (migrations/v2-to-v3.ts) adds the profile fields and the
 * pinyin search keys to every stored customer.
 */
export const storesV3 = {
  products: '++id, &code, name, *searchKeys, category, location',
  // *productIds: one product's movements; refKey ('receipt:12'): the movements of one record; day: settlement.
  movements: '++id, day, at, docNo, kind, *productIds, refKey, customerId',
  stockBalances: 'productId',
  stockAlerts: '++id, productId, raisedAt',
  receipts: '++id, &docNo, day, deliveryNoteNo',
  discrepancies: '++id, receiptId, status, day',
  returns: '++id, &docNo, day, customerId',
  exchanges: '++id, day, customerId',
  stockTakes: '++id, &docNo, day, status',
  settlements: '++id, day, settledAt',
  stockDays: 'day',
  dayReopens: '++id, day, at',
  docCounters: 'key',
} as const;

/** The schema version this build opens; a backup from a newer one is refused. */
export const schemaVersion = 10;

/**
 * The app's one database. Schema versions are append-only: a later change adds `this.version(n + 1)`,
 * and a shipped version is never edited.
 */
export class AppDB extends Dexie {
  customers!: EntityTable<Customer, 'id'>;
  callLogs!: EntityTable<CallLog, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  exports!: EntityTable<ExportRecord, 'id'>;
  staff!: EntityTable<Staff, 'id'>;
  auditLog!: EntityTable<AuditEntry, 'id'>;
  templates!: EntityTable<Template, 'id'>;
  printProfiles!: Table<PrintProfileRow, [string, string]>;
  products!: EntityTable<StoredProduct, 'id'>;
  movements!: EntityTable<StoredMovement, 'id'>;
  stockBalances!: EntityTable<StockBalance, 'productId'>;
  stockAlerts!: EntityTable<StockAlert, 'id'>;
  receipts!: EntityTable<Receipt, 'id'>;
  discrepancies!: EntityTable<Discrepancy, 'id'>;
  returns!: EntityTable<CustomerReturn, 'id'>;
  exchanges!: EntityTable<Exchange, 'id'>;
  stockTakes!: EntityTable<StockTake, 'id'>;
  settlements!: EntityTable<SettledDay, 'id'>;
  stockDays!: EntityTable<DayState, 'day'>;
  dayReopens!: EntityTable<DayReopenRow, 'id'>;
  docCounters!: EntityTable<DocCounter, 'key'>;

  constructor(name = defaultDbName) {
    // 'strict' durability: a write is on disk before its transaction completes (no lost records on power cut).
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(storesV1);
    this.version(2).stores(storesV2);
    this.version(3).stores(storesV3).upgrade(upgradeToV3);
    // Versions 4 and 5 keep their stores (and any upgrade) in schema-v4.ts and schema-v5.ts.
    this.version(4).stores(storesV4);
    this.version(5).stores(storesV5).upgrade(upgradeToV5);
    this.version(6).stores(storesV6);
    this.version(7).stores(storesV7).upgrade(upgradeToV7);
    this.version(8).stores(storesV8);
    this.version(9).stores(storesV9);
    this.version(10).stores(storesV10);
    keepIssuePending(this);
    // A write refused for lack of disk space raises the disk-full warning wherever it started.
    this.use(quotaWatch);
    guardRows(this);
    // The audit trail is append-only: any update or delete through this class fails and aborts its transaction.
    this.auditLog.hook('updating', () => {
      throw new AppendOnlyError('update');
    });
    this.auditLog.hook('deleting', () => {
      throw new AppendOnlyError('delete');
    });
  }
}

/** The key of a row just added: `++id` tables always assign one, the entity types just say `id?`. */
export function addedKey(key: number | undefined): number {
  if (key === undefined) throw new Error('IndexedDB returned no key for an added row');
  return key;
}

let instance: AppDB | null = null;

/** The shared database instance (tests open their own with `new AppDB(name)`). */
export function getDb(): AppDB {
  if (!instance) {
    instance = new AppDB(activeDbName());
    // The window's connection: another window's restore or upgrade closes it for good.
    guardConnection(instance);
  }
  return instance;
}
