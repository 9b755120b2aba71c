/**
 * Version 5 (issue 7: service requests, reports, cards, outstanding issues, escalations, reviews).
 * The tables' row types are added to AppDB below by interface merging, so this version's owner never edits db.ts.
 */
import type { EntityTable, Table, Transaction } from 'dexie';
import type { CallLog } from '@shared/domain/call-log';
import type { ReviewableKind, Review } from '@shared/review/review';
import type { ServiceCard } from '@shared/service/card';
import type { Escalation } from '@shared/service/complaint';
import type { OutstandingIssue } from '@shared/service/outstanding';
import type { ServiceReport } from '@shared/service/report';
import type { ServiceRequest } from '@shared/service/request';

export const storesV5 = {
  // plannedDay: the dispatch board's day (local date of dispatch.plannedAt), absent until dispatched.
  serviceRequests: '++id, &no, status, customerId, fromCallId, createdAt, plannedDay',
  // arrivalAt: the export selects reports by visit.
  serviceReports: '++id, requestId, customerId, arrivalAt, createdAt',
  // serviceDate: the export and the retention coverage select cards by it; createdAt: the year kept (REC-1).
  serviceCards: '++id, cardNo, customerId, serviceDate, createdAt',
  // sourceKey ('serviceReports:42'): the issues opened from one record.
  outstandingIssues: '++id, status, ownerId, dueDate, sourceKey, createdAt',
  escalations: '++id, &callId, at',
  reviews: '++id, [kind+recordId], at',
  /**
   * REV-1: the records not yet reviewed, one small row each, written in the transaction that writes the
   * record and deleted when it is reviewed. The queue reads this index instead of scanning 400k calls.
   */
  reviewQueue: '[kind+recordId], createdAt, [kind+createdAt]',
} as const;

/** A stored service request; `plannedDay` indexes the dispatch board. */
export type StoredServiceRequest = ServiceRequest & { id: number; plannedDay?: string };
export type StoredServiceReport = ServiceReport & { id: number };
export type StoredServiceCard = ServiceCard & { id: number };
/** `sourceKey` = 'kind:id' of the record the issue came from. */
export type StoredOutstandingIssue = OutstandingIssue & { id: number; sourceKey: string };
export type StoredEscalation = Escalation & { id: number };
export type StoredReview = Review & { id: number };

/** One pending review: which record, and since when (REV-1 counts 7 days from `createdAt`). */
export interface ReviewQueueRow {
  kind: ReviewableKind;
  recordId: number;
  createdAt: number;
}

declare module './db' {
  interface AppDB {
    serviceRequests: EntityTable<StoredServiceRequest, 'id'>;
    serviceReports: EntityTable<StoredServiceReport, 'id'>;
    serviceCards: EntityTable<StoredServiceCard, 'id'>;
    outstandingIssues: EntityTable<StoredOutstandingIssue, 'id'>;
    escalations: EntityTable<StoredEscalation, 'id'>;
    reviews: EntityTable<StoredReview, 'id'>;
    reviewQueue: Table<ReviewQueueRow, [ReviewableKind, number]>;
  }
}

/**
 * Version 4 → 5: the calls already on file have never been reviewed, so each one (voided calls
 * excepted: they no longer count) enters the review queue with its entry time.
 */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  const rows: ReviewQueueRow[] = [];
  await tx
    .table<CallLog, number>('callLogs')
    .toCollection()
    .each((call) => {
      if (call.id !== undefined && !call.voided) rows.push({ kind: 'callLogs', recordId: call.id, createdAt: call.createdAt });
    });
  await tx.table<ReviewQueueRow, [ReviewableKind, number]>('reviewQueue').bulkPut(rows);
}
