/** SHP-4 催查 and SHP-5 回访 as typed, and the calls (call-log entries) each makes. */
import { isPlausiblePhone } from '@shared/domain/customer';
import type { Translate } from '@shared/i18n';
import type { Recipient } from '@shared/shipping/shipping-list';
import type { CallbackInput, ChaseInput } from '../../../db/shipments-repo';

export interface ChaseValues {
  courierContact: string;
  /** 快递员/客服电话: kept on the call when it is a dialable number, else named in the contact. */
  courierPhone: string;
  trackingStatus: string;
  cause: string;
  customerTold: boolean;
  askedPriority: boolean;
}

export const emptyChase: ChaseValues = { courierContact: '', courierPhone: '', trackingStatus: '', cause: '', customerTold: false, askedPriority: false };

/**
 * SHP-4: the call to the courier (what the tracking says, the cause, priority asked) and, once the
 * customer was told, the call to the customer: each becomes a call log linked to the shipment.
 */
export function chaseInput(v: ChaseValues, recipient: Pick<Recipient, 'name' | 'phone'> | undefined, t: Translate, at: number): ChaseInput {
  const phone = v.courierPhone.trim();
  const dialable = phone !== '' && isPlausiblePhone(phone);
  const priority = v.askedPriority ? `${t('list.separator')}${t('shipui.chase.priority')}` : '';
  const courierCall = {
    direction: 'out' as const, at, topic: 'logistics' as const,
    phone: dialable ? phone : '',
    contact: [v.courierContact.trim(), dialable ? '' : phone].filter(Boolean).join(' '),
    content: t('shipui.chase.courierCall', { status: v.trackingStatus.trim(), cause: v.cause.trim() }) + priority,
    result: v.trackingStatus.trim(),
  };
  const customerCall = {
    direction: 'out' as const, at, topic: 'logistics' as const,
    phone: recipient?.phone ?? '', contact: recipient?.name ?? '',
    content: t('shipui.chase.customerCall', { cause: v.cause.trim() }), result: '',
  };
  return {
    courierContact: v.courierContact, trackingStatus: v.trackingStatus, cause: v.cause, customerTold: v.customerTold, askedPriority: v.askedPriority,
    calls: v.customerTold ? [courierCall, customerCall] : [courierCall],
  };
}

export interface CallbackValues {
  reached: boolean;
  damaged: boolean;
  matchesList: boolean;
  note: string;
}

export const emptyCallback: CallbackValues = { reached: true, damaged: false, matchesList: true, note: '' };

/** SHP-5: the callback itself is a call-log entry to the recipient: damage? does the box match the list? */
export function callbackInput(v: CallbackValues, recipient: Pick<Recipient, 'name' | 'phone'> | undefined, t: Translate, at: number): CallbackInput {
  const yes = (b: boolean) => (b ? t('shipui.yes') : t('shipui.no'));
  const content = v.reached ? t('shipui.callback.content', { damaged: yes(v.damaged), matches: yes(v.matchesList) }) : t('shipui.callback.notReached');
  return {
    reached: v.reached, damaged: v.damaged, matchesList: v.matchesList, note: v.note,
    call: { direction: 'out', at, topic: 'followup', phone: recipient?.phone ?? '', contact: recipient?.name ?? '', content, result: v.note.trim() },
  };
}

/** Whole days since dispatch, the dispatch day being day 1 (当货发出第三天). */
export function dayOfShipment(shippedAt: number, now: number): number {
  const start = (ms: number) => {
    const d = new Date(ms);
    return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  };
  return Math.round((start(now) - start(shippedAt)) / 86_400_000) + 1;
}
