import Dexie, { type EntityTable } from 'dexie';
import type { Customer } from '@shared/domain/customer';
import type { CallLog } from '@shared/domain/call-log';
import type { ExportRecord } from '@shared/domain/export-record';
import { activeDbName, defaultDbName } from './active-db';

export interface Setting {
  key: string;
  value: unknown;
}

/**
 * The app's one database. Schema versions are append-only: a later change adds `this.version(n + 1)`,
 * and a shipped version is never edited.
 */
export class AppDB extends Dexie {
  customers!: EntityTable<Customer, 'id'>;
  callLogs!: EntityTable<CallLog, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  exports!: EntityTable<ExportRecord, 'id'>;

  constructor(name = defaultDbName) {
    // 'strict' durability: a write is on disk before its transaction completes (no lost records on power cut).
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      customers: '++id, name, *phones, *searchKeys, createdAt',
      // [customerId+at]: a customer's calls in time order; followUpDate: the follow-ups due list.
      callLogs: '++id, at, [customerId+at], phone, followUpDate',
      settings: 'key',
      exports: '++id, kind, createdAt',
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
  instance ??= new AppDB(activeDbName());
  return instance;
}
