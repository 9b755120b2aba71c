import type { Product } from '@shared/products/product';
import type { DeliveryMode } from '@shared/stock/outbound';
import { checkExchange, type Exchange, type ExchangeKind, type InspectionResult } from '@shared/stock/exchange';
import { parseQuantity } from '@shared/stock/quantity';
import type { Issue } from '@shared/validation';
import type { ExchangeInput } from '../../../db/exchanges-repo';

export interface ExchangeFormValues {
  kind: ExchangeKind;
  customerId: number | null;
  returnedId: number | null;
  returnedQty: string;
  inspection: InspectionResult | null;
  inspectionNote: string;
  /** EXC-2 only: for EXC-1 the same product and quantity go back out. */
  replacementId: number | null;
  replacementQty: string;
  delivery: DeliveryMode;
  reason: string;
}

export const emptyExchangeForm = (): ExchangeFormValues => ({
  kind: 'same', customerId: null, returnedId: null, returnedQty: '1', inspection: null, inspectionNote: '',
  replacementId: null, replacementQty: '1', delivery: 'pickup', reason: '',
});

/** Placeholder numbers of the right series: the repository draws the real ones when it posts. */
const placeholderDocNos = { same: ['HH20000101-001', 'HH20000101-001'], different: ['RK20000101-001', 'CK20000101-001'] } as const;

function readSide(id: number | null, qtyText: string, side: 'returned' | 'replacement', issues: Issue[]): { productId: number; qty: number } {
  const qty = parseQuantity(qtyText, 'positive');
  if (id === null) issues.push({ path: `${side}.productId`, message: 'stockui.line.productRequired' });
  if (!qty.ok) issues.push({ path: `${side}.qty`, message: qty.message });
  return { productId: id ?? 0, qty: qty.ok ? qty.value : 0 };
}

/**
 * EXC-1/EXC-2/OUT-6: the form → what postExchange takes, with every refusal the pure rules give
 * (a test chamber that passed inspection is refused here already, OUT-6). For EXC-1 the replacement
 * is the returned product and quantity.
 */
export function formToExchange(v: ExchangeFormValues, products: ReadonlyMap<number, Product>): { input: ExchangeInput; issues: Issue[] } {
  const issues: Issue[] = [];
  const returned = readSide(v.returnedId, v.returnedQty, 'returned', issues);
  const replacement = v.kind === 'same' ? { ...returned } : readSide(v.replacementId, v.replacementQty, 'replacement', issues);
  if (v.inspection === null) issues.push({ path: 'inspection.result', message: 'stock.exchange.inspectionRequired' });
  const inspection = { result: v.inspection ?? 'ok', note: v.inspectionNote.trim() };
  const reason = v.reason.trim();
  const input: ExchangeInput = {
    kind: v.kind, returned, replacement, inspection, delivery: v.delivery,
    ...(v.customerId !== null ? { customerId: v.customerId } : {}),
    ...(reason ? { reason } : {}),
  };
  const [inDocNo, outDocNo] = placeholderDocNos[v.kind];
  const draft: Exchange = { ...input, at: 0, day: '2000-01-01', handlerId: 1, handlerName: '-', inDocNo, outDocNo };
  const taken = new Set(issues.map((i) => i.path));
  const rules = v.inspection === null ? [] : checkExchange(draft, products).filter((i) => !taken.has(i.path) && !(v.kind === 'same' && i.path.startsWith('replacement.')));
  return { input, issues: [...issues, ...rules.filter((i) => !(i.message === 'stock.out.unknownProduct' && taken.size > 0))] };
}

/** OUT-7: the product given out needs a leader's signature first. */
export function needsSignOff(input: Pick<ExchangeInput, 'replacement'>, products: ReadonlyMap<number, Product>): Product | undefined {
  const p = products.get(input.replacement.productId);
  return p?.needsLeaderSignOff ? p : undefined;
}
