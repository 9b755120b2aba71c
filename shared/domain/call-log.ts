import type { Issue } from '../validation';
import type { VoidMark } from '../auth/approval';
import { normalizePhone, phoneIssue } from './customer';
import { isIsoDate } from './local-date';

export const callDirections = ['in', 'out'] as const;
export type CallDirection = (typeof callDirections)[number];

export const callTopics = ['consult', 'repair', 'complaint', 'followup', 'logistics', 'other'] as const;
export type CallTopic = (typeof callTopics)[number];

export interface CallLog {
  id?: number;
  direction: CallDirection;
  /** Epoch milliseconds. */
  at: number;
  /** Normalized (digits only); '' when only the customer is known. */
  phone: string;
  customerId?: number;
  contact: string;
  topic: CallTopic;
  content: string;
  result: string;
  /** YYYY-MM-DD, local date. */
  followUpDate?: string;
  createdAt: number;
  /** 经手人: the signed-in staff member who logged the call. */
  handlerId?: number;
  handlerName?: string;
  /** Call logs are permanent (REC-1): a wrong one is voided, never deleted. */
  voided?: VoidMark;
  /** The record whose step made this call: a slip's SHP-1 confirmation, a shipment's chase or callback. */
  ref?: CallLogRef;
}

export const callLogRefTypes = ['slip', 'shipment'] as const;
export interface CallLogRef {
  type: (typeof callLogRefTypes)[number];
  id: number;
}

export type CallLogInput = Omit<CallLog, 'id' | 'createdAt' | 'handlerId' | 'handlerName' | 'voided'>;

/** Long enough for a detailed note, short enough that one row cannot swamp the register. */
export const callTextMaxLength = 2000;

/** A call needs a phone or a customer; the rest is checked for shape. */
export function validateCallLog(input: CallLogInput): Issue[] {
  const issues: Issue[] = [];
  const phone = input.phone.trim();
  if (!phone && input.customerId === undefined) {
    issues.push({ path: 'phone', message: 'call.error.phoneOrCustomer' });
  } else if (phone) {
    const bad = phoneIssue(phone, 'phone', 'call.error.badPhone');
    if (bad) issues.push(bad);
  }
  // A call log says what the call was about: a blank one is no record of anything.
  if (input.content.trim() === '') issues.push({ path: 'content', message: 'call.error.contentRequired' });
  if (!callDirections.includes(input.direction)) issues.push({ path: 'direction', message: 'call.error.direction' });
  if (!callTopics.includes(input.topic)) issues.push({ path: 'topic', message: 'call.error.topic' });
  if (!Number.isFinite(input.at) || input.at <= 0) issues.push({ path: 'at', message: 'call.error.time' });
  if (input.followUpDate !== undefined && !isIsoDate(input.followUpDate)) {
    issues.push({ path: 'followUpDate', message: 'call.error.followUpDate' });
  }
  if (input.ref !== undefined && (!callLogRefTypes.includes(input.ref.type) || !Number.isInteger(input.ref.id) || input.ref.id <= 0)) {
    issues.push({ path: 'ref', message: 'call.error.badRef' });
  }
  for (const field of ['contact', 'content', 'result'] as const) {
    if (input[field].length > callTextMaxLength) issues.push({ path: field, message: 'call.error.tooLong' });
  }
  return issues;
}

/** The stored form of an input: phone normalized, text trimmed, a blank follow-up date dropped. */
export function normalizeCallLogInput(input: CallLogInput): CallLogInput {
  const { followUpDate, customerId, ...rest } = input;
  return {
    ...rest,
    phone: normalizePhone(input.phone),
    contact: input.contact.trim(),
    content: input.content.trim(),
    result: input.result.trim(),
    ...(customerId !== undefined ? { customerId } : {}),
    ...(followUpDate?.trim() ? { followUpDate: followUpDate.trim() } : {}),
  };
}
