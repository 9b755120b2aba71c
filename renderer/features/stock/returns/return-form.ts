import { validateReturn } from '@shared/stock/returns';
import type { Issue } from '@shared/validation';
import { blankQtyLine, readQtyLines, type QtyLineRow } from '../common/qty-lines';
import type { ReturnInput } from '../../../db/returns-repo';

export const returnConditions = ['ok', 'defective'] as const;
/** What the returned goods were found to be: in good order (back on the shelf) or with a quality problem. */
export type ReturnCondition = (typeof returnConditions)[number];

export interface ReturnFormValues {
  customerId: number | null;
  lines: QtyLineRow[];
  reason: string;
  condition: ReturnCondition;
}

export const emptyReturnForm = (): ReturnFormValues => ({ customerId: null, lines: [blankQtyLine()], reason: '', condition: 'ok' });

/**
 * IN-4: the form → what postReturn takes; the customer and the reason are required, quantities whole
 * and positive. Goods returned with a quality problem go to faulty stock (不良品), never to the shelf.
 */
export function formToReturn(v: ReturnFormValues): { input: ReturnInput; issues: Issue[] } {
  const read = readQtyLines(v.lines);
  const issues = read.issues;
  const lines = v.condition === 'defective' ? read.lines.map((l) => ({ ...l, location: 'faulty' as const })) : read.lines;
  const input: ReturnInput = { customerId: v.customerId ?? 0, lines, reason: v.reason.trim() };
  const stamp = { docNo: '', at: 0, day: '', handlerId: 1, handlerName: '-' };
  const rule = validateReturn({ ...stamp, ...input }).filter((i) => i.path === 'customerId' || i.path === 'reason');
  return { input, issues: [...rule, ...issues] };
}
