import { isIsoDate } from '../domain/local-date';
import { nextDocNo } from '../stock/doc-no';
import type { Issue } from '../validation';
import { isId, issue, textIssues } from './messages';

/** 服务卡 (kept one year, REC-1): one card per serviced product and visit. */
export interface ServiceCard {
  id?: number;
  cardNo: string;
  customerId: number;
  productId: number;
  serialNo: string;
  /** YYYY-MM-DD, local: the date the Excel export selects cards by. */
  serviceDate: string;
  content: string;
  technicianId: number;
  nextServiceDate?: string;
  /** Retention counts from here (one year, shared/records/retention-removal.ts). */
  createdAt: number;
}

export type ServiceCardInput = Omit<ServiceCard, 'id' | 'createdAt'>;

export const serviceCardPrefix = 'FK';
/** Pre-printed cards carry their own numbers, so any short code is accepted, not only FK…. */
export const cardNoMaxLength = 32;

/** The app's own card number when the card is not pre-numbered: 'FK20261127-001'. */
export function serviceCardNo(day: string, existingCount: number): string {
  return nextDocNo(serviceCardPrefix, day, existingCount);
}

/** A card without a product, customer, technician, date or content is refused at the field. */
export function validateCard(c: ServiceCardInput): Issue[] {
  const issues: Issue[] = [];
  const cardNo = c.cardNo.trim();
  if (cardNo === '' || cardNo.length > cardNoMaxLength) issues.push(issue('cardNo', 'service.card.error.cardNoRequired'));
  if (!isId(c.customerId)) issues.push(issue('customerId', 'service.card.error.customerRequired'));
  if (!isId(c.productId)) issues.push(issue('productId', 'service.card.error.productRequired'));
  issues.push(...textIssues(c.serialNo, 'serialNo'));
  const dateOk = isIsoDate(c.serviceDate);
  if (!dateOk) issues.push(issue('serviceDate', 'service.card.error.serviceDateRequired'));
  issues.push(...textIssues(c.content, 'content', 'service.card.error.contentRequired'));
  if (!isId(c.technicianId)) issues.push(issue('technicianId', 'service.card.error.technicianRequired'));
  const next = c.nextServiceDate;
  if (next !== undefined && next !== '' && (!isIsoDate(next) || (dateOk && next <= c.serviceDate))) {
    issues.push(issue('nextServiceDate', 'service.card.error.nextDateBad'));
  }
  return issues;
}

/** The stored form: trimmed text, a blank next date dropped. */
export function normalizeCardInput(c: ServiceCardInput): ServiceCardInput {
  const { nextServiceDate, ...rest } = c;
  const next = nextServiceDate?.trim();
  return {
    ...rest,
    cardNo: c.cardNo.trim(),
    serialNo: c.serialNo.trim(),
    content: c.content.trim(),
    ...(next ? { nextServiceDate: next } : {}),
  };
}
