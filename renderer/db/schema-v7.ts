/**
 * Version 7: shipments whose callback found a problem (SHP-5) and whose outstanding issue is not
 * recorded yet carry `issuePending: 1`, indexed, so the Today board and the 遗留问题 tab count them
 * without reading every exception of ten years. The field is kept by hooks on every write (see
 * `keepIssuePending`): the shared shipment model knows only `needsOutstandingIssue`.
 */
import type { Dexie, Transaction } from 'dexie';
import type { Shipment } from '@shared/shipping/shipment';

export const storesV7 = {
  shipments: '++id, &slipId, day, customerId, trackingNo, status, [status+shippedAt], [status+signedAt], issuePending',
} as const;

/** The index key: present (1) exactly while the shipment waits for its outstanding issue. IndexedDB cannot index a boolean. */
export type IssuePendingKey = { issuePending?: 1 };

/** Version 6 → 7: the callback problems already on file get their key (only exceptions can have one). */
export async function upgradeToV7(tx: Transaction): Promise<void> {
  await tx
    .table<Shipment & IssuePendingKey, number>('shipments')
    .where('status')
    .equals('exception')
    .modify((s) => {
      if (s.needsOutstandingIssue === true) s.issuePending = 1;
    });
}

/** Keeps `issuePending` in step with `needsOutstandingIssue` on every add, put and update of a shipment, and hides it from readers. */
export function keepIssuePending(db: Dexie): void {
  const table = db.table<Shipment & IssuePendingKey, number>('shipments');
  table.hook('creating', (_key, obj) => {
    if (obj.needsOutstandingIssue === true) obj.issuePending = 1;
    else delete obj.issuePending;
  });
  // Readers never see the key: records, audit entries and exports stay the shared model's shape.
  table.hook('reading', (obj) => {
    if (!Object.hasOwn(obj, 'issuePending')) return obj;
    const { issuePending: _key, ...shipment } = obj;
    return shipment;
  });
  table.hook('updating', (mods, _key, obj) => {
    const pending = (Object.hasOwn(mods, 'needsOutstandingIssue') ? Reflect.get(mods, 'needsOutstandingIssue') : obj.needsOutstandingIssue) === true;
    return { issuePending: pending ? 1 : undefined };
  });
}
