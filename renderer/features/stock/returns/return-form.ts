import { validateReturn } from '@shared/stock/returns';
import type { Issue } from '@shared/validation';
import { blankQtyLine, readQtyLines, type QtyLineRow } from '../common/qty-lines';
import type { ReturnInput } from '../../../db/returns-repo';

export interface ReturnFormValues {
  customerId: number | null;
  lines: QtyLineRow[];
  reason: string;
}

export const emptyReturnForm = (): ReturnFormValues => ({ customerId: null, lines: [blankQtyLine()], reason: '' });

/** IN-4: the form → what postReturn takes; the customer and the reason are required, quantities whole and positive. */
export function formToReturn(v: ReturnFormValues): { input: ReturnInput; issues: Issue[] } {
  const { lines, issues } = readQtyLines(v.lines);
  const input: ReturnInput = { customerId: v.customerId ?? 0, lines, reason: v.reason.trim() };
  const stamp = { docNo: '', at: 0, day: '', handlerId: 1, handlerName: '-' };
  const rule = validateReturn({ ...stamp, ...input }).filter((i) => i.path === 'customerId' || i.path === 'reason');
  return { input, issues: [...rule, ...issues] };
}
