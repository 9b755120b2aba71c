import type { Customer } from '@shared/domain/customer';
import type { Product } from '@shared/products/product';
import { validateCard, type ServiceCard } from '@shared/service/card';
import type { ServiceCardPrintData } from '@shared/templates/builtin/service-data';
import type { Issue } from '@shared/validation';
import type { ServiceCardWrite } from '../../../db/service-cards-repo';

/** What the card form edits; a blank card number gets the app's own (FK20261127-001) on saving. */
export interface CardFormValues {
  cardNo: string;
  customerId: number | null;
  productId: number | null;
  serialNo: string;
  serviceDate: string;
  content: string;
  technicianId: number | null;
  nextServiceDate: string;
}

export const blankCardForm = (today: string): CardFormValues => ({
  cardNo: '',
  customerId: null,
  productId: null,
  serialNo: '',
  serviceDate: today,
  content: '',
  technicianId: null,
  nextServiceDate: '',
});

export function formToCardWrite(v: CardFormValues): ServiceCardWrite {
  return {
    ...(v.cardNo.trim() ? { cardNo: v.cardNo } : {}),
    customerId: v.customerId ?? 0,
    productId: v.productId ?? 0,
    serialNo: v.serialNo,
    serviceDate: v.serviceDate,
    content: v.content,
    technicianId: v.technicianId ?? 0,
    ...(v.nextServiceDate ? { nextServiceDate: v.nextServiceDate } : {}),
  };
}

/** The shared card rule; a blank number is not an error here (the repository numbers the card). */
export function cardFormIssues(write: ServiceCardWrite): Issue[] {
  return validateCard({ ...write, cardNo: write.cardNo ?? 'FK' });
}

/** A saved card with its names resolved, as the printed card shows it. */
export function cardPrintData(
  card: ServiceCard,
  names: { customer?: Pick<Customer, 'name' | 'phones' | 'address'>; product?: Pick<Product, 'name'>; technician?: string },
): ServiceCardPrintData {
  return {
    cardNo: card.cardNo,
    customer: names.customer?.name ?? '',
    phone: names.customer?.phones[0] ?? '',
    address: names.customer?.address ?? '',
    product: names.product?.name ?? '',
    serialNo: card.serialNo,
    serviceDate: card.serviceDate,
    nextServiceDate: card.nextServiceDate ?? '',
    content: card.content,
    technician: names.technician ?? '',
  };
}
