import type { Approval } from '../auth/approval';
import type { SlipLine } from './purchase-slip';
import { toFen } from './slip-totals';

/**
 * OUT-7: a supervisor's approval on a slip covers exactly the lines it was given for. The slip keeps,
 * with the approval, the fingerprint of those lines (product, quantity, unit price to the fen); a
 * later change of any of them lets the approval lapse: it is dropped, the screen says so, and the
 * supervisor signs again. An approval stored before fingerprints existed covers nothing.
 */

/** The approvals a slip keeps; each knows the lines it covers. */
export const slipApprovalKinds = ['signOff', 'negativeStock'] as const;
export type SlipApprovalKind = (typeof slipApprovalKinds)[number];

export interface CoveringApproval extends Approval {
  /** `slipLinesKey` of the lines the supervisor approved. Absent on approvals stored before it existed. */
  covers?: string;
}

type KeyLine = Pick<SlipLine, 'productId' | 'qty' | 'unitPrice'>;

/**
 * The fingerprint of a slip's lines: every line as product × quantity @ price in fen, in a fixed
 * order, so reordering the same lines keeps it and any other change alters it. Plain text, not a
 * hash: exact (no collisions) and readable in the audit trail.
 */
export function slipLinesKey(lines: readonly KeyLine[]): string {
  return lines
    .map((l) => `${l.productId}x${l.qty}@${toFen(l.unitPrice)}`)
    .sort()
    .join(',');
}

/** The approval given now for these lines. */
export function stampApproval(approval: Approval, lines: readonly KeyLine[]): CoveringApproval {
  const { supervisorId, supervisorName, at, note } = approval;
  return { supervisorId, supervisorName, at, note, covers: slipLinesKey(lines) };
}

export function approvalCovers(approval: CoveringApproval | undefined, lines: readonly KeyLine[]): approval is CoveringApproval {
  return approval !== undefined && approval.covers !== undefined && approval.covers === slipLinesKey(lines);
}

export type SlipApprovalSet = Partial<Record<SlipApprovalKind, CoveringApproval>>;

/** Only the approvals that cover the lines as they stand now. */
export function coveringApprovals(approvals: SlipApprovalSet, lines: readonly KeyLine[]): SlipApprovalSet {
  const kept: SlipApprovalSet = {};
  for (const kind of slipApprovalKinds) {
    const a = approvals[kind];
    if (approvalCovers(a, lines)) kept[kind] = a;
  }
  return kept;
}

/** The approvals on the slip that no longer cover its lines. */
export function lapsedKinds(approvals: SlipApprovalSet, lines: readonly KeyLine[]): SlipApprovalKind[] {
  return slipApprovalKinds.filter((k) => approvals[k] !== undefined && !approvalCovers(approvals[k], lines));
}

const same = (a: Approval | undefined, b: Approval | undefined) =>
  a !== undefined && b !== undefined && a.supervisorId === b.supervisorId && a.at === b.at && a.supervisorName === b.supervisorName;

export interface SettledApprovals {
  approvals: SlipApprovalSet;
  /** Approvals the edit let lapse (they were on the slip and do not cover the new lines). */
  lapsed: SlipApprovalKind[];
}

/**
 * OUT-7 on saving a slip: an approval carried over from the stored slip stays only if it still
 * covers the lines being saved; an approval new on this save (the caller re-checks it: active
 * supervisor, given just now) is given for these lines and covers them.
 */
export function settleApprovals(stored: SlipApprovalSet, given: SlipApprovalSet, lines: readonly KeyLine[]): SettledApprovals {
  const approvals: SlipApprovalSet = {};
  const lapsed: SlipApprovalKind[] = [];
  for (const kind of slipApprovalKinds) {
    const a = given[kind];
    if (a === undefined) continue;
    if (!same(a, stored[kind])) approvals[kind] = stampApproval(a, lines);
    else if (approvalCovers(stored[kind], lines)) approvals[kind] = stored[kind];
    else lapsed.push(kind);
  }
  return { approvals, lapsed };
}
