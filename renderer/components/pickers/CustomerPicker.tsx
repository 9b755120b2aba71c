import type { Customer } from '@shared/domain/customer';
import { getCustomer, searchCustomers } from '../../db/customers-repo';
import { useT } from '../../i18n/context';
import { RecordPicker, type PickerProps } from './RecordPicker';

const customerLabel = (c: Customer) => [c.name, c.primaryPhone ?? c.phones[0]].filter(Boolean).join(' ');

/** A customer by name, phone, pinyin or initials, a member or store number. */
export function CustomerPicker({ noOptionsText, ...props }: PickerProps<Customer>) {
  const t = useT();
  return (
    <RecordPicker
      {...props}
      noOptionsText={noOptionsText ?? t('svcui.picker.noCustomers')}
      optionLabel={customerLabel}
      load={getCustomer}
      search={searchCustomers}
      minWidth={320}
    />
  );
}
