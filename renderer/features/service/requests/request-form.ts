import type { Customer } from '@shared/domain/customer';
import { defaultAddress, formatAddress } from '@shared/crm/customer-profile';
import { defaultPriority, type Priority, type ServiceRequestInput } from '@shared/service/request';

/** What the registration form edits; ids are null until chosen. */
export interface RequestFormValues {
  customerId: number | null;
  fromCallId: number | null;
  contact: string;
  phone: string;
  address: string;
  productId: number | null;
  serialNo: string;
  problem: string;
  priority: Priority;
}

export const blankRequestForm = (): RequestFormValues => ({
  customerId: null,
  fromCallId: null,
  contact: '',
  phone: '',
  address: '',
  productId: null,
  serialNo: '',
  problem: '',
  priority: defaultPriority(),
});

/** The form filled from a draft (`requestDraftFromCall`: the call's contact, phone, problem, the customer's address). */
export function formFromDraft(d: ServiceRequestInput): RequestFormValues {
  return {
    customerId: d.customerId ?? null,
    fromCallId: d.fromCallId ?? null,
    contact: d.contact,
    phone: d.phone,
    address: d.address,
    productId: d.productId ?? null,
    serialNo: d.serialNo,
    problem: d.problem,
    priority: d.priority,
  };
}

/**
 * Choosing a customer fills what is still blank (contact, phone, address) and sets the priority from
 * their grade and key-customer flag; what the clerk already typed is kept.
 */
export function withCustomer(v: RequestFormValues, c: Customer | null): RequestFormValues {
  if (!c || c.id === undefined) return { ...v, customerId: null };
  const address = defaultAddress(c);
  return {
    ...v,
    customerId: c.id,
    contact: v.contact.trim() || c.name,
    phone: v.phone.trim() || (c.primaryPhone ?? c.phones[0] ?? ''),
    address: v.address.trim() || (address ? formatAddress(address) : (c.address ?? '')),
    priority: defaultPriority(c),
  };
}

export function formToRequestInput(v: RequestFormValues): ServiceRequestInput {
  return {
    contact: v.contact,
    phone: v.phone,
    address: v.address,
    serialNo: v.serialNo,
    problem: v.problem,
    priority: v.priority,
    ...(v.customerId !== null ? { customerId: v.customerId } : {}),
    ...(v.fromCallId !== null ? { fromCallId: v.fromCallId } : {}),
    ...(v.productId !== null ? { productId: v.productId } : {}),
  };
}
