import { z } from 'zod';
import { instant, isoDate, key, rowOf, text } from '../rows/kit';
import { dispatchRow as dispatch } from '../service/row-schema';
import { approvalStatuses, type ApprovalRequest } from './requests';

const base = {
  id: key.optional(),
  status: z.enum(approvalStatuses),
  at: instant,
  byId: z.number().int(),
  byName: text,
  reason: text,
  decidedAt: instant.optional(),
  decidedById: z.number().int().optional(),
  decidedByName: text.optional(),
  decisionNote: text.optional(),
};

/** A request waiting for (or decided by) the supervisor: a day reopen or a dispatch change. */
export const approvalRequestRowSchema = rowOf<ApprovalRequest>()(
  z.discriminatedUnion('kind', [
    z.object({ ...base, kind: z.literal('dayReopen'), day: isoDate }),
    z.object({ ...base, kind: z.literal('dispatchChange'), requestId: key, requestNo: text, from: dispatch, to: dispatch }),
  ]),
);
