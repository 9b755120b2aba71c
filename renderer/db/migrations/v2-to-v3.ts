import type { Transaction } from 'dexie';
import { defaultCustomerProfile } from '@shared/crm/customer-profile';
import { customerSearchKeys, type Customer } from '@shared/domain/customer';

/** A customer as versions 1 and 2 stored it: no profile fields yet. */
type LegacyCustomer = Pick<Customer, 'name' | 'phones' | 'address'> & Partial<Customer>;

/**
 * The customer a version-2 row becomes: an ordinary customer whose first phone is primary and whose
 * one-line address is the default address; search keys gain the name's pinyin. Profile fields a row
 * already has are kept.
 */
export function upgradeCustomer(legacy: LegacyCustomer): LegacyCustomer & Pick<Customer, 'type' | 'addresses' | 'isKey' | 'searchKeys'> {
  const profile = { ...defaultCustomerProfile(legacy), ...legacy };
  return { ...profile, searchKeys: customerSearchKeys(profile) };
}

/** Version 2 → 3: every stored customer gets its profile and pinyin keys; the new stock tables start empty. */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table<LegacyCustomer, number>('customers')
    .toCollection()
    .modify((c, ref) => {
      ref.value = upgradeCustomer(c);
    });
}
