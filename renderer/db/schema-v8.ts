/**
 * Version 8: faulty stock (不良品) and the scraps that take goods out of it. A new table only, so no
 * upgrade step: faulty stock lives in the existing running balances (`stockBalances.faulty`, not
 * indexed) and on movement lines (`location`), both absent on everything written before, which is
 * therefore sellable stock as it always was.
 */
import type { EntityTable } from 'dexie';
import type { Scrap } from '@shared/stock/scrap';

export const storesV8 = {
  // docNo: the CK… outbound slip of the scrap; day: the settlement (WH-1) finds a day's scraps.
  scraps: '++id, &docNo, day',
} as const;

declare module './db' {
  interface AppDB {
    scraps: EntityTable<Scrap, 'id'>;
  }
}
