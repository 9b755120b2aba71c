import { z } from 'zod';
import { approvalRow, flag, instant, isoDate, key, rowOf, text, voidMarkRow, withRules } from '../rows/kit';
import { validateCard, type ServiceCard } from './card';
import type { Escalation } from './complaint';
import { outstandingStatuses, sourceKinds, validateOutstanding, type OutstandingIssue } from './outstanding';
import { partsReleaseCancelReasons, partsReleaseStatuses, type PartsRelease } from './parts-release';
import { serviceResults, validateReport, type ServiceReport } from './report';
import { priorities, requestStatuses, validateRequest, type ServiceRequest } from './request';

/** The stored service records (version 5), each checked by the validator its repository runs before writing. */

/** A planned visit (SVC-2), also the two sides of a dispatch-change request. */
export const dispatchRow = z.object({
  technicianIds: z.array(key),
  plannedAt: instant,
  borrowed: z.object({ department: text, managerName: text, approvedAt: instant }).optional(),
});

export const serviceRequestRowSchema = rowOf<ServiceRequest & { plannedDay?: string }>()(
  withRules(
    z.object({
      id: key.optional(),
      no: text,
      fromCallId: key.optional(),
      customerId: key.optional(),
      contact: text,
      phone: text,
      address: text,
      productId: key.optional(),
      serialNo: text,
      problem: text,
      analysis: z.object({ likelyCause: text, referenceSolution: text, materials: text }).optional(),
      priority: z.union(priorities.map((p) => z.literal(p))),
      status: z.enum(requestStatuses),
      dispatch: dispatchRow.optional(),
      dispatchChanges: z.array(z.object({ at: instant, from: dispatchRow, to: dispatchRow, reason: text, approval: approvalRow })),
      closeReason: text.optional(),
      createdAt: instant,
      plannedDay: isoDate.optional(),
    }),
    validateRequest,
  ),
);

export const serviceReportRowSchema = rowOf<ServiceReport>()(
  withRules(
    z.object({
      id: key.optional(),
      requestId: key.optional(),
      customerId: key,
      technicianIds: z.array(key),
      arrivalAt: instant,
      departureAt: instant,
      workDone: text,
      partsUsed: z.array(z.object({ productId: key, qty: z.number() })),
      result: z.enum(serviceResults),
      feedback: text,
      customerSignatureName: text,
      unresolvedProblems: z.array(text),
      createdAt: instant,
      voided: voidMarkRow.optional(),
    }),
    validateReport,
  ),
);

export const serviceCardRowSchema = rowOf<ServiceCard>()(
  withRules(
    z.object({
      id: key.optional(),
      cardNo: text,
      customerId: key,
      productId: key,
      serialNo: text,
      serviceDate: isoDate,
      content: text,
      technicianId: key,
      nextServiceDate: text.optional(),
      createdAt: instant,
    }),
    validateCard,
  ),
);

export const outstandingIssueRowSchema = rowOf<OutstandingIssue & { sourceKey: string }>()(
  withRules(
    z.object({
      id: key.optional(),
      description: text,
      source: z.object({ kind: z.enum(sourceKinds), id: key }),
      ownerId: key,
      dueDate: isoDate,
      status: z.enum(outstandingStatuses),
      resolution: text.optional(),
      closedAt: instant.optional(),
      createdAt: instant,
      sourceKey: text,
    }),
    validateOutstanding,
  ),
);

/** SVC-4: a serious complaint in the supervisor's queue. */
export const escalationRowSchema = rowOf<Escalation>()(
  z.object({
    id: key.optional(),
    callId: key,
    at: instant,
    markedById: z.number().int(),
    markedByName: text,
    majorIncident: flag,
    note: text,
    handled: z.object({ by: z.number().int(), byName: text, at: instant, how: text }).optional(),
  }),
);

/** SVC-3: the parts a service report used, waiting for (or given) the warehouse keeper's release. */
export const partsReleaseRowSchema = rowOf<PartsRelease>()(
  z.object({
    id: key.optional(),
    reportId: key,
    customerId: z.number().int(),
    lines: z.array(z.object({ productId: key, qty: z.number(), location: z.enum(['sellable', 'faulty']).optional() })),
    status: z.enum(partsReleaseStatuses),
    createdAt: instant,
    createdById: z.number().int(),
    createdByName: text,
    releasedAt: instant.optional(),
    releasedById: z.number().int().optional(),
    releasedByName: text.optional(),
    movementId: key.optional(),
    docNo: text.optional(),
    cancelledAt: instant.optional(),
    cancelReason: z.enum(partsReleaseCancelReasons).optional(),
  }),
);
