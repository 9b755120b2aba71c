/**
 * 备件出库 (SVC-3, PRT-3): the parts a service report lists as used leave stock through a parts release
 * that the warehouse keeper confirms. Recording the parts is part of the report (whoever writes it);
 * the stock consequence is the warehouse's: the keeper confirms the release, which posts the outbound
 * movement (出库单 CK…) against the report. Until then it waits on the keeper's Today board.
 */
import type { Requester } from '../approvals/requests';
import type { Issue } from '../validation';
import { issue } from './messages';
import type { MovementRef } from '../stock/ledger';
import type { OutboundLine } from '../stock/outbound';
import type { SettlementDocument } from '../stock/settlement';
import { partsMovementLines, type ServiceReport } from './report';
import { ok, refused, type Result } from './result';

export const partsReleaseStatuses = ['waiting', 'released', 'cancelled'] as const;
export type PartsReleaseStatus = (typeof partsReleaseStatuses)[number];

/** Why a waiting release ended without leaving stock: its report was voided. */
export const partsReleaseCancelReasons = ['reportVoided'] as const;
export type PartsReleaseCancelReason = (typeof partsReleaseCancelReasons)[number];

export interface PartsRelease {
  id?: number;
  /** The service report whose parts these are: the document the outbound movement is matched to. */
  reportId: number;
  customerId: number;
  /** One positive line per product (the report's parts, repeated products summed). */
  lines: OutboundLine[];
  status: PartsReleaseStatus;
  createdAt: number;
  createdById: number;
  createdByName: string;
  releasedAt?: number;
  releasedById?: number;
  releasedByName?: string;
  /** The outbound movement (出库) the confirmation posted, and its slip number. */
  movementId?: number;
  docNo?: string;
  cancelledAt?: number;
  cancelReason?: PartsReleaseCancelReason;
}

/** The movement's reference: the report, so the settlement matches the 出库单 to the service report. */
export function partsReleaseRef(release: Pick<PartsRelease, 'reportId'>): MovementRef {
  return { type: 'serviceReport', id: release.reportId };
}

/** SVC-3: a saved report with parts used gets its waiting release; none when no part was used. */
export function partsReleaseFor(report: Pick<ServiceReport, 'partsUsed' | 'customerId'> & { id: number }, by: Requester, at: number): PartsRelease | null {
  const lines = partsMovementLines(report);
  if (lines.length === 0) return null;
  return { reportId: report.id, customerId: report.customerId, lines, status: 'waiting', createdAt: at, createdById: by.staffId, createdByName: by.name };
}

const notWaiting: Issue = issue('status', 'parts.error.notWaiting');

/** The keeper's confirmation: the release is marked released with the movement it posted. */
export function confirmRelease(
  release: PartsRelease,
  movement: { id: number; docNo: string },
  by: Requester,
  at: number,
): Result<PartsRelease> {
  if (release.status !== 'waiting') return refused([notWaiting]);
  return ok({ ...release, status: 'released', releasedAt: at, releasedById: by.staffId, releasedByName: by.name, movementId: movement.id, docNo: movement.docNo });
}

/** Only a waiting release can be confirmed (checked before the movement is posted). */
export function releaseIssues(release: Pick<PartsRelease, 'status'>): Issue[] {
  return release.status === 'waiting' ? [] : [notWaiting];
}

/** A waiting release whose report was voided never leaves stock. */
export function cancelRelease(release: PartsRelease, because: PartsReleaseCancelReason, at: number): PartsRelease {
  return { ...release, status: 'cancelled', cancelledAt: at, cancelReason: because };
}

/**
 * WH-1: a released parts release as the settlement's paper: the parts it took out, under its 出库单
 * number, for the report its movement refers to. A waiting or cancelled release moved nothing: none.
 */
export function partsReleaseDocument(release: PartsRelease): SettlementDocument | null {
  if (release.status !== 'released' || !release.docNo) return null;
  return { ref: partsReleaseRef(release), docNo: release.docNo, lines: release.lines.map((l) => ({ productId: l.productId, qty: -l.qty })), paper: 'partsRelease' };
}
