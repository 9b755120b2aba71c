import type { CallDirection, CallLogInput, CallTopic } from '@shared/domain/call-log';

/** What the quick-entry form edits. Empty strings mean "not filled". */
export interface CallFormValues {
  direction: CallDirection;
  /** Epoch ms, or NaN while the time field is cleared or half typed. */
  at: number;
  phone: string;
  contact: string;
  topic: CallTopic;
  content: string;
  result: string;
  /** YYYY-MM-DD or ''. */
  followUpDate: string;
}

/** Most calls at the front desk are incoming questions, logged as they happen. */
export function newCallForm(now: number): CallFormValues {
  return {
    direction: 'in',
    at: now,
    phone: '',
    contact: '',
    topic: 'consult',
    content: '',
    result: '',
    followUpDate: '',
  };
}

/** The repository input: trimmed texts, the matched customer (if any), no empty follow-up date. */
export function formToCallInput(v: CallFormValues, customerId: number | undefined): CallLogInput {
  const followUpDate = v.followUpDate.trim();
  return {
    direction: v.direction,
    at: v.at,
    phone: v.phone.trim(),
    customerId,
    contact: v.contact.trim(),
    topic: v.topic,
    content: v.content.trim(),
    result: v.result.trim(),
    followUpDate: followUpDate || undefined,
  };
}
