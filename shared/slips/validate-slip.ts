import { isIsoDate } from '../domain/local-date';
import type { Product } from '../products/product';
import type { Balances } from '../stock/ledger';
import { checkOutbound, deliveryModes, orderTypes } from '../stock/outbound';
import type { Issue } from '../validation';
import { approvalCovers, coveringApprovals } from './approval-cover';
import { issue } from './messages';
import type { SlipAttachment, SlipFields } from './purchase-slip';
import { slipOutboundLines } from './purchase-slip';
import { lineMathIssues } from './slip-totals';

export interface SlipContext {
  products: ReadonlyMap<number, Product>;
  /** Stock on hand now (before this slip). */
  balances: Balances;
}

/**
 * 'save': a draft or a step before the goods move; a missing OUT-7 sign-off does not block it
 * (the supervisor may sign later) but every other rule does.
 * 'release': the goods leave now (出库 / 发货过账): every rule, OUT-7 included.
 */
export type SlipStage = 'save' | 'release';

export const remarksMaxLength = 500;
/** A pasted screenshot is kept inline; bigger files go to a blob store. */
export const attachmentMaxChars = 8_000_000;

/** OUT-2: store restock (店铺进货) and repeat purchase (重复消费) that ship carry the back-office screenshot. */
export function needsBackOfficeScreenshot(slip: Pick<SlipFields, 'orderType' | 'delivery'>): boolean {
  return slip.delivery === 'ship' && (slip.orderType === 'storeRestock' || slip.orderType === 'repeat');
}

export function hasBackOfficeScreenshot(slip: Pick<SlipFields, 'attachments'>): boolean {
  return slip.attachments.some((a) => a.kind === 'backOfficeScreenshot' && attachmentIssues(a, '').length === 0);
}

function attachmentIssues(a: SlipAttachment, path: string): Issue[] {
  const issues: Issue[] = [];
  if (a.kind !== 'backOfficeScreenshot') issues.push(issue(`${path}kind`, 'slip.error.attachmentKind'));
  if (!/^image\/(png|jpeg|gif|webp|bmp)$/.test(a.mime)) issues.push(issue(`${path}mime`, 'slip.error.attachmentNotImage'));
  const inline = a.dataUrl !== undefined && a.dataUrl.startsWith('data:image/');
  const stored = a.blobId !== undefined && Number.isInteger(a.blobId) && a.blobId > 0;
  if (!inline && !stored) issues.push(issue(`${path}dataUrl`, 'slip.error.attachmentEmpty'));
  if (inline && (a.dataUrl?.length ?? 0) > attachmentMaxChars) issues.push(issue(`${path}dataUrl`, 'slip.error.attachmentTooLarge'));
  return issues;
}

function headerIssues(slip: SlipFields): Issue[] {
  const issues: Issue[] = [];
  if (!isIsoDate(slip.day)) issues.push(issue('day', 'slip.error.badDay'));
  if (!Number.isInteger(slip.customerId) || slip.customerId <= 0) issues.push(issue('customerId', 'slip.error.customerRequired'));
  if (!orderTypes.includes(slip.orderType)) issues.push(issue('orderType', 'slip.error.orderTypeRequired'));
  if (!deliveryModes.includes(slip.delivery)) issues.push(issue('delivery', 'slip.error.deliveryRequired'));
  if (slip.remarks.length > remarksMaxLength) issues.push(issue('remarks', 'slip.error.remarksTooLong'));
  return issues;
}

/** OUT-2 plus the shape of every attachment. */
function attachmentsIssues(slip: SlipFields): Issue[] {
  const issues = slip.attachments.flatMap((a, i) => attachmentIssues(a, `attachments.${i}.`));
  if (needsBackOfficeScreenshot(slip) && !hasBackOfficeScreenshot(slip)) {
    issues.push(issue('attachments', 'slip.error.screenshotRequired'));
  }
  return issues;
}

/**
 * Every refusal a slip meets: header fields, line maths (amount = qty × price to the fen, total =
 * sum, no silent correction), stock cover, OUT-3, OUT-5, OUT-7 (at release) via `checkOutbound`,
 * and OUT-2's screenshot. Paths point at the field (`lines.2.amount`).
 */
export function validateSlip(slip: SlipFields, ctx: SlipContext, stage: SlipStage = 'save'): Issue[] {
  // OUT-7: only approvals that cover the lines as they stand count (approval-cover.ts).
  const valid = coveringApprovals(slip.approvals, slip.lines);
  const outbound = checkOutbound({
    lines: slipOutboundLines(slip),
    products: ctx.products,
    balances: ctx.balances,
    orderType: slip.orderType,
    delivery: slip.delivery,
    ...(valid.signOff ? { approval: valid.signOff } : {}),
    ...(valid.negativeStock ? { allowNegativeWith: valid.negativeStock } : {}),
  });
  // A sign-off on the slip that no longer covers its lines is named as such, not as missing.
  const lapsed = slip.approvals.signOff !== undefined && valid.signOff === undefined;
  const named = outbound.map((i) => (lapsed && i.message === 'stock.out.needsSignOff' ? { ...i, message: 'slip.error.signOffLapsed' } : i));
  // Before release the sign-off may still come: it is shown by `pendingSignOff`, not refused.
  const stockIssues = stage === 'release' ? named : named.filter((i) => i.message !== 'stock.out.needsSignOff' && i.message !== 'slip.error.signOffLapsed');
  return [...headerIssues(slip), ...lineMathIssues(slip), ...stockIssues, ...attachmentsIssues(slip)];
}

/** OUT-7: products on the slip that still wait for a leader's sign-off (none given, or it no longer covers the lines). */
export function pendingSignOff(slip: SlipFields, products: ReadonlyMap<number, Product>): number[] {
  if (approvalCovers(slip.approvals.signOff, slip.lines)) return [];
  return [...new Set(slip.lines.map((l) => l.productId))].filter((id) => products.get(id)?.needsLeaderSignOff === true);
}
