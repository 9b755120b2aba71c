import { assertValid } from '@shared/validation';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { defaultCarriers, trackingPageUrl, validateCarriers, type Carrier } from '@shared/shipping/carriers';
import { auditChange } from './audit-repo';
import type { AppDB } from './db';
import type { CarrierRow } from './schema-v4';

/**
 * The editable carrier list (顺丰, 中通 … by default). Until someone saves it the defaults are the list,
 * so a new database needs no seeding step; a carrier no longer used is deactivated, never deleted
 * (shipments keep its code).
 */

const plain = ({ order: _o, ...c }: CarrierRow): Carrier => c;

export async function listCarriers(db: AppDB, opts: { activeOnly?: boolean } = {}): Promise<Carrier[]> {
  const stored = await db.carriers.orderBy('order').toArray();
  const list = stored.length > 0 ? stored.map(plain) : defaultCarriers.map((c) => ({ ...c }));
  return opts.activeOnly ? list.filter((c) => c.active) : list;
}

export async function getCarrier(db: AppDB, code: string): Promise<Carrier | undefined> {
  return (await listCarriers(db)).find((c) => c.code === code);
}

/** Replaces the list (in the given order): unique codes, names, tracking pages on allowed hosts only. */
export async function saveCarriers(db: AppDB, actor: Actor, list: readonly Carrier[], now = Date.now()): Promise<void> {
  assertCan(actor.roles, 'shipment.pack');
  const rows: CarrierRow[] = list.map((c, order) => ({ code: c.code.trim().toUpperCase(), name: c.name.trim(), trackingUrl: c.trackingUrl.trim(), active: c.active, order }));
  const issues = validateCarriers(rows);
  if (rows.length === 0) issues.push({ path: 'carriers', message: 'carrier.error.empty' });
  assertValid(issues);
  await db.transaction('rw', db.carriers, db.auditLog, async () => {
    const before = await listCarriers(db);
    await db.carriers.clear();
    await db.carriers.bulkAdd(rows);
    await auditChange(db, actor, { action: 'update', table: 'carriers', recordId: 'list', before: { carriers: before }, after: { carriers: rows.map(plain) }, at: now });
  });
}

/** The carrier's public tracking page for the number (allow-listed hosts only), for shell.openExternal. */
export async function trackingUrl(db: AppDB, carrierCode: string, trackingNo: string): Promise<string | undefined> {
  const carrier = await getCarrier(db, carrierCode);
  return carrier ? trackingPageUrl(carrier, trackingNo) : undefined;
}
