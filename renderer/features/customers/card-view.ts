import dayjs from 'dayjs';
import { formatAddress } from '@shared/crm/customer-profile';
import type { Customer } from '@shared/domain/customer';
import type { Translate } from '@shared/i18n';
import { customerNumber, primaryPhone, typeLabel } from './customer-labels';

/** The card's detail list: label → value, only the fields that hold something. */
export function detailRows(t: Translate, c: Customer): [string, string][] {
  const sep = t('list.separator');
  const primary = primaryPhone(c);
  const main = c.addresses.find((a) => a.isDefault);
  const others = c.addresses.filter((a) => a !== main);
  const numberLabel = c.type === 'store' ? t('crm.field.storeNo') : t('crm.field.memberNo');
  const rows: [string, string][] = [
    [t('crm.field.type'), t(typeLabel[c.type])],
    [numberLabel, customerNumber(c)],
    [t('crm.field.primaryPhone'), primary],
    [t('customersui.card.otherPhones'), c.phones.filter((p) => p !== primary).join(sep)],
    [t('crm.field.defaultAddress'), main ? formatAddress(main) : (c.address ?? '')],
    [t('customersui.card.otherAddresses'), others.map(formatAddress).join(sep)],
    [t('crm.field.grade'), c.grade ?? ''],
    [t('crm.field.isKey'), c.isKey ? t('import.value.yes') : ''],
    [t('crm.field.source'), c.source ?? ''],
    [t('customer.field.notes'), c.notes ?? ''],
    [t('customer.field.createdAt'), dayjs(c.createdAt).format('YYYY-MM-DD HH:mm')],
  ];
  return rows.filter(([, value]) => value !== '');
}
