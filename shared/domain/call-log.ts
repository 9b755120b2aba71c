import type { Issue } from '../validation';
import { isPlausiblePhone } from './customer';

export const callDirections = ['in', 'out'] as const;
export type CallDirection = (typeof callDirections)[number];

export const callTopics = ['consult', 'repair', 'complaint', 'followup', 'logistics', 'other'] as const;
export type CallTopic = (typeof callTopics)[number];

export interface CallLog {
  id?: number;
  direction: CallDirection;
  /** Epoch milliseconds. */
  at: number;
  phone: string;
  customerId?: number;
  contact: string;
  topic: CallTopic;
  content: string;
  result: string;
  /** YYYY-MM-DD, local date. */
  followUpDate?: string;
  createdAt: number;
}

export type CallLogInput = Omit<CallLog, 'id' | 'createdAt'>;

/** A call needs a phone or a customer; the rest is checked for shape. */
export function validateCallLog(input: CallLogInput): Issue[] {
  const issues: Issue[] = [];
  const phone = input.phone.trim();
  if (!phone && input.customerId === undefined) {
    issues.push({ path: 'phone', message: 'call.error.phoneOrCustomer' });
  } else if (phone && !isPlausiblePhone(phone)) {
    issues.push({ path: 'phone', message: 'call.error.badPhone' });
  }
  if (!callDirections.includes(input.direction)) issues.push({ path: 'direction', message: 'call.error.direction' });
  if (!callTopics.includes(input.topic)) issues.push({ path: 'topic', message: 'call.error.topic' });
  if (!Number.isFinite(input.at) || input.at <= 0) issues.push({ path: 'at', message: 'call.error.time' });
  if (input.followUpDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(input.followUpDate)) {
    issues.push({ path: 'followUpDate', message: 'call.error.followUpDate' });
  }
  return issues;
}
