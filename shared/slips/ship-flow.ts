import type { Actor } from '../auth/roles';
import type { Customer } from '../domain/customer';
import type { DoubtOptions, ShippingList } from '../shipping/shipping-list';
import { doubtfulOrder, listMatchesSlip, validateShippingList } from '../shipping/shipping-list';
import type { Issue } from '../validation';
import { isDoubleCounted } from './double-count';
import { flowIssues, stampIssues, staffStamp, validTime } from './flow-guards';
import { issue, refuse, stepIf, type Step } from './messages';
import type { FlowDoc } from '../shipping/ship-doc';
import type { PhoneConfirmation, PurchaseSlip, Waybill } from './purchase-slip';
import { needsBackOfficeScreenshot, validateSlip, type SlipContext } from './validate-slip';

/**
 * Shipping (OUT-2, OUT-4, SHP-1, SHP-2), as a state machine over the slip:
 *   draft ─(SHP-1 phone confirmation first, if the order is doubtful)→ listed (发货明细表 handed over)
 *         → picking → counted (OUT-4: two different people, both matching; see double-count.ts)
 *         → waybilled (SHP-2: waybill printed, tracking number entered, third copy filed)
 *         → posted (outbound movement; the Shipment record — the shipment log entry — is written with it).
 * Each step returns the slip in its next state, or the refusals (slip unchanged).
 */

/** SHP-1: the confirmation call is on record (a call-log entry) and the contact data was checked. */
export function recordPhoneConfirmation<T extends FlowDoc>(slip: T, c: PhoneConfirmation): Step<T> {
  const guard = flowIssues(slip, 'ship', 'draft', 'slip.ship.confirmOnlyBeforeList');
  if (guard.length > 0) return refuse(guard);
  const issues = stampIssues(c, 'phoneConfirmation');
  if (!Number.isInteger(c.callLogId) || c.callLogId <= 0) issues.push(issue('phoneConfirmation.callLogId', 'slip.ship.confirmationCallRequired'));
  if (!c.contactChecked) issues.push(issue('phoneConfirmation.contactChecked', 'slip.ship.contactNotChecked'));
  return stepIf(issues, () => ({ ...slip, phoneConfirmation: { ...c, name: c.name.trim() }, updatedAt: c.at }));
}

export interface HandOver extends SlipContext {
  customer: Pick<Customer, 'name' | 'phones' | 'addresses' | 'createdAt'>;
  /** The saved shipping list (it has its id). */
  list: ShippingList & { id: number };
  doubt?: DoubtOptions;
  at: number;
}

/** The hand-over of any courier document: its own refusals are worked out by the caller. */
export interface DocHandOver extends HandOver {
  /** What the document itself refuses before goods are picked (a slip's validateSlip 'save', an exchange's replacement rules). */
  docIssues: Issue[];
  /** The list was written for this document. */
  listIsOwn: boolean;
}

/** SHP-1: a doubtful order waits for the confirmation call; each reason is its own refusal. */
function confirmationIssues(doc: FlowDoc, h: HandOver): Issue[] {
  if (doc.phoneConfirmation) return [];
  return doubtfulOrder(doc, h.customer, h.list.recipient, h.doubt).map((r) => issue('phoneConfirmation', `shipping.doubt.${r}`));
}

/** OUT-2 (+ SHP-1) for any courier document: the shipping detail list is handed to the warehouse for picking. */
export function handOverDoc<T extends FlowDoc>(doc: T, h: DocHandOver): Step<T> {
  const guard = flowIssues(doc, 'ship', 'draft', 'slip.ship.alreadyListed');
  if (guard.length > 0) return refuse(guard);
  const issues = [...h.docIssues];
  const listIssues = validateShippingList(h.list);
  issues.push(...listIssues.map((i) => ({ ...i, path: `shippingList.${i.path}` })));
  if (!h.listIsOwn) issues.push(issue('shippingList.slipId', 'shipping.error.listOfOtherSlip'));
  issues.push(...listMatchesSlip(h.list, doc, h.products).map((i) => ({ ...i, path: `shippingList.${i.path}` })));
  // Doubts are about a complete list: a missing phone is reported as missing, not as "not on file".
  if (listIssues.length === 0) issues.push(...confirmationIssues(doc, h));
  return stepIf(issues, () => ({ ...doc, status: 'listed', shippingListId: h.list.id, updatedAt: h.at }));
}

/** OUT-2 (+ SHP-1): the shipping detail list of a slip is filled and handed to the warehouse for picking. */
export function handOverShippingList(slip: PurchaseSlip, h: HandOver): Step<PurchaseSlip> {
  const listIsOwn = slip.id === undefined || h.list.slipId === slip.id;
  return handOverDoc(slip, { ...h, docIssues: validateSlip(slip, h, 'save'), listIsOwn });
}

/** The warehouse starts picking from the printed picking list. */
export function startPicking<T extends FlowDoc>(slip: T, at: number): Step<T> {
  const guard = flowIssues(slip, 'ship', 'listed', slip.status === 'draft' ? 'slip.ship.listBeforePicking' : 'slip.ship.alreadyPicking');
  if (guard.length > 0) return refuse(guard);
  return stepIf(validTime(at) ? [] : [issue('pickingStartedAt', 'slip.error.badTime')], () => ({ ...slip, status: 'picking', pickingStartedAt: at, updatedAt: at }));
}

/** SHP-2: the waybill is printed from the shipping details, the number entered, the third copy filed. */
export function recordWaybill<T extends FlowDoc>(slip: T, w: Waybill): Step<T> {
  const early = ['draft', 'listed', 'picking'].includes(slip.status);
  const guard = flowIssues(slip, 'ship', 'counted', early ? 'slip.ship.countBeforeWaybill' : 'slip.ship.alreadyWaybilled');
  if (guard.length > 0) return refuse(guard);
  const issues: Issue[] = [];
  if (w.carrier.trim() === '') issues.push(issue('waybill.carrier', 'slip.ship.carrierRequired'));
  if (w.trackingNo.trim() === '') issues.push(issue('waybill.trackingNo', 'slip.ship.trackingRequired'));
  if (!validTime(w.printedAt)) issues.push(issue('waybill.printedAt', 'slip.ship.waybillNotPrinted'));
  if (!w.thirdCopyFiled) issues.push(issue('waybill.thirdCopyFiled', 'slip.ship.thirdCopyNotFiled'));
  const waybill = { ...w, carrier: w.carrier.trim(), trackingNo: w.trackingNo.trim().toUpperCase() };
  return stepIf(issues, () => ({ ...slip, status: 'waybilled', waybill, updatedAt: w.printedAt }));
}

/**
 * OUT-2: shipping waits for the printed slip: its yellow copy goes to the warehouse with the goods,
 * and for store restock and repeat purchase it carries the back-office screenshot, printed with it.
 */
export function printIssuesBeforePost(slip: Pick<PurchaseSlip, 'printedAt' | 'screenshotPrintedAt' | 'orderType' | 'delivery'>): Issue[] {
  if (slip.printedAt === undefined) return [issue('printedAt', 'slip.ship.printBeforePost')];
  if (needsBackOfficeScreenshot(slip) && slip.screenshotPrintedAt === undefined) return [issue('screenshotPrintedAt', 'slip.ship.yellowCopyNotPrinted')];
  return [];
}

/**
 * The goods leave: every stock rule again at release (stock cover, OUT-3, OUT-5, OUT-7) and OUT-4
 * re-checked. The caller posts `slipMovement` and writes `shipmentFromSlip` in the same transaction.
 */
export function postShipment(slip: PurchaseSlip, ctx: SlipContext, by: Pick<Actor, 'staffId' | 'name'>, at: number): Step<PurchaseSlip> {
  return postDoc(slip, ctx.products, [...validateSlip(slip, ctx, 'release'), ...printIssuesBeforePost(slip)], by, at);
}

/**
 * Posting any courier document: `releaseIssues` are its own rules at release (the caller's: a slip's
 * validateSlip 'release' and print, an exchange's replacement rules); OUT-4 is re-checked here.
 */
export function postDoc<T extends FlowDoc>(doc: T, products: SlipContext['products'], releaseIssues: Issue[], by: Pick<Actor, 'staffId' | 'name'>, at: number): Step<T> {
  const guard = flowIssues(doc, 'ship', 'waybilled', doc.status === 'posted' ? 'slip.ship.alreadyPosted' : 'slip.ship.waybillBeforePost');
  if (guard.length > 0) return refuse(guard);
  const released = staffStamp(by, at);
  const issues = [...stampIssues(released, 'released'), ...releaseIssues];
  if (!isDoubleCounted(doc, products)) issues.push(issue('counts', 'slip.ship.notDoubleCounted'));
  return stepIf(issues, () => ({ ...doc, status: 'posted', released, updatedAt: at }));
}
