import type { Customer } from '@shared/domain/customer';
import type { Translate } from '@shared/i18n';
import type { PurchaseSlip } from '@shared/slips/purchase-slip';

export type SlipMark = 'printed' | 'voided' | 'replacement' | 'signOff';

/** One row of the day's slip list, in words. */
export interface SlipRow {
  id: number;
  no: string;
  customer: string;
  phone: string;
  orderType: string;
  delivery: string;
  total: number;
  status: string;
  marks: SlipMark[];
}

/** 已打印 / 已作废 / 重开单 / 需主管签字 (OUT-7 pending). */
export function slipMarks(slip: PurchaseSlip, signOffPending: boolean): SlipMark[] {
  const marks: SlipMark[] = [];
  if (slip.printedAt !== undefined) marks.push('printed');
  if (slip.voided) marks.push('voided');
  if (slip.replacesSlipId !== undefined) marks.push('replacement');
  if (signOffPending && !slip.voided && slip.released === undefined) marks.push('signOff');
  return marks;
}

export function slipRow(
  slip: PurchaseSlip & { id: number },
  customer: Pick<Customer, 'name' | 'phones'> | undefined,
  t: Translate,
  signOffPending = false,
): SlipRow {
  return {
    id: slip.id,
    no: slip.no,
    customer: customer?.name ?? `#${slip.customerId}`,
    phone: customer?.phones[0] ?? '',
    orderType: t(`slip.orderType.${slip.orderType}`),
    delivery: t(`slip.delivery.${slip.delivery}`),
    total: slip.total,
    status: t(`slip.status.${slip.status}`),
    marks: slipMarks(slip, signOffPending),
  };
}

/** The search box: number, customer name or phone, any part, case and spaces ignored. */
export function filterSlipRows(rows: readonly SlipRow[], query: string): SlipRow[] {
  const q = query.replace(/\s+/g, '').toUpperCase();
  if (q === '') return [...rows];
  return rows.filter((r) => [r.no, r.customer, r.phone].some((text) => text.replace(/\s+/g, '').toUpperCase().includes(q)));
}
