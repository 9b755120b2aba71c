import { z } from 'zod';
import { instant, isoDate, key, rowOf, text } from '../rows/kit';
import { reviewableKinds, type Review } from './review';

/** REV-1: one reviewed record. */
export const reviewRowSchema = rowOf<Review>()(
  z.object({
    id: key.optional(),
    kind: z.enum(reviewableKinds),
    recordId: key,
    reviewerId: z.number().int(),
    reviewerName: text,
    at: instant,
    comment: text,
    followUp: z.object({ description: text, ownerId: key, dueDate: isoDate }).optional(),
  }),
);

/** REV-1: a record waiting for its review. */
export const reviewQueueRowSchema = z.object({ kind: z.enum(reviewableKinds), recordId: key, createdAt: instant });
