import { phoneIssue, type Customer } from '@shared/domain/customer';
import type { Translate } from '@shared/i18n';
import type { Issue } from '@shared/validation';
import { recipientAddress, type Recipient } from '@shared/shipping/shipping-list';

export interface PhoneConfirmValues {
  contact: string;
  phone: string;
  content: string;
  result: string;
  contactChecked: boolean;
}

/**
 * SHP-1: the confirmation call goes to the customer who ordered (their number on file) and reads back
 * the recipient, phone, address and goods; the clerk ticks that they checked them.
 */
export function phoneConfirmDefaults(
  slipNo: string,
  customer: Pick<Customer, 'name' | 'phones' | 'primaryPhone'> | undefined,
  recipient: Recipient,
  goods: string,
  t: Translate,
): PhoneConfirmValues {
  return {
    contact: customer?.name ?? recipient.name,
    phone: customer?.primaryPhone ?? customer?.phones[0] ?? recipient.phone,
    content: t('shipui.phone.defaultContent', { no: slipNo, name: recipient.name, phone: recipient.phone, address: recipientAddress(recipient), goods }),
    result: t('shipui.phone.defaultResult'),
    contactChecked: false,
  };
}

/**
 * The confirmation call is a call log: its phone follows the one phone rule and it says what was
 * read back, so a blank or mistyped field is refused here, at the field, before anything is written.
 */
export function phoneConfirmIssues(v: Pick<PhoneConfirmValues, 'phone' | 'content'>): Issue[] {
  const phone = v.phone.trim() === '' ? null : phoneIssue(v.phone, 'phone', 'call.error.badPhone');
  return [...(phone ? [phone] : []), ...(v.content.trim() === '' ? [{ path: 'content', message: 'call.error.contentRequired' }] : [])];
}
