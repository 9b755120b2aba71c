import type { CustomerType } from '@shared/crm/customer-profile';
import type { Customer } from '@shared/domain/customer';
import type { StringKey } from '@shared/i18n';

export const typeLabel: Record<CustomerType, StringKey> = {
  ordinary: 'crm.type.ordinary',
  member: 'crm.type.member',
  store: 'crm.type.store',
};

/** The number a customer is known by: a member's 会员编号 or a store's 店铺编号, else ''. */
export function customerNumber(c: Pick<Customer, 'type' | 'memberNo' | 'storeNo'>): string {
  if (c.type === 'member') return c.memberNo ?? '';
  if (c.type === 'store') return c.storeNo ?? '';
  return '';
}

/** The primary phone (stored first), else ''. */
export function primaryPhone(c: Pick<Customer, 'phones' | 'primaryPhone'>): string {
  return c.primaryPhone ?? c.phones[0] ?? '';
}
