import { useLiveQuery } from 'dexie-react-hooks';
import { isPlausiblePhone, type Customer } from '@shared/domain/customer';
import { getDb } from '../../db/db';
import { findCustomerByPhone } from '../../db/customers-repo';

export type PhoneMatch =
  | { kind: 'none' }
  | { kind: 'matched'; customer: Customer }
  /** A plausible phone no customer has: the form offers 新建客户. */
  | { kind: 'unknown' };

/** Looks the typed phone up as the clerk types; live, so a customer created meanwhile shows at once. */
export function usePhoneMatch(phone: string): PhoneMatch {
  const p = phone.trim();
  const found = useLiveQuery(
    async () => (isPlausiblePhone(p) ? ((await findCustomerByPhone(getDb(), p)) ?? null) : undefined),
    [p],
  );
  if (!isPlausiblePhone(p) || found === undefined) return { kind: 'none' };
  return found ? { kind: 'matched', customer: found } : { kind: 'unknown' };
}
