import { assertValid } from '@shared/validation';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { defaultCarriers, trackingPageUrl, validateCarriers, type Carrier } from '@shared/shipping/carriers';
import type { WaybillParty } from '@shared/templates/builtin/waybill-data';
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

/** The center as sender (寄件人) on every waybill: kept in settings, edited with the carriers. */
export const senderSettingKey = 'shipping.sender';

function isParty(v: unknown): v is WaybillParty {
  return typeof v === 'object' && v !== null && ['name', 'phone', 'address'].every((k) => typeof Reflect.get(v, k) === 'string');
}

/** The stored sender, or null when nobody saved one yet (the screen then offers its default). */
export async function getSender(db: AppDB): Promise<WaybillParty | null> {
  const row = await db.settings.get(senderSettingKey);
  return isParty(row?.value) ? { name: row.value.name, phone: row.value.phone, address: row.value.address } : null;
}

function carrierRows(list: readonly Carrier[]): CarrierRow[] {
  const rows: CarrierRow[] = list.map((c, order) => ({ code: c.code.trim().toUpperCase(), name: c.name.trim(), trackingUrl: c.trackingUrl.trim(), active: c.active, order }));
  const issues = validateCarriers(rows);
  if (rows.length === 0) issues.push({ path: 'carriers', message: 'carrier.error.empty' });
  assertValid(issues);
  return rows;
}

/** Replaces the list (in the given order): unique codes, names, tracking pages on allowed hosts only. */
export async function saveCarriers(db: AppDB, actor: Actor, list: readonly Carrier[], now = Date.now()): Promise<void> {
  await saveShippingSetup(db, actor, list, undefined, now);
}

/**
 * 快递公司设置: the carrier list and the sender in ONE audited transaction, so a refused list writes
 * neither, and the sender is only ever written from a form that had read it (SHP-2: it prints on
 * every waybill). `sender` undefined leaves the stored one as it is.
 */
export async function saveShippingSetup(db: AppDB, actor: Actor, list: readonly Carrier[], sender: WaybillParty | undefined, now = Date.now()): Promise<void> {
  assertCan(actor.roles, 'shipment.pack');
  const rows = carrierRows(list);
  const party = sender && { name: sender.name.trim(), phone: sender.phone.trim(), address: sender.address.trim() };
  await db.transaction('rw', db.carriers, db.settings, db.auditLog, async () => {
    const before = await listCarriers(db);
    const senderBefore = await getSender(db);
    await db.carriers.clear();
    await db.carriers.bulkAdd(rows);
    if (party) await db.settings.put({ key: senderSettingKey, value: party });
    await auditChange(db, actor, {
      action: 'update', table: 'carriers', recordId: 'list', at: now,
      before: { carriers: before, ...(party ? { sender: senderBefore } : {}) },
      after: { carriers: rows.map(plain), ...(party ? { sender: party } : {}) },
    });
  });
}

/** The carrier's public tracking page for the number (allow-listed hosts only), for shell.openExternal. */
export async function trackingUrl(db: AppDB, carrierCode: string, trackingNo: string): Promise<string | undefined> {
  const carrier = await getCarrier(db, carrierCode);
  return carrier ? trackingPageUrl(carrier, trackingNo) : undefined;
}
