import { z } from 'zod';
import { instant, key, rowOf, text } from '../rows/kit';
import { auditActions, type AuditEntry } from './audit';

const fields = z.record(z.string(), z.unknown());

/** An audit entry: who, when, what; the changed fields themselves are free-form (any record's shape). */
export const auditRowSchema = rowOf<AuditEntry>()(
  z.object({
    id: key.optional(),
    at: instant,
    staffId: z.number().int(),
    staffName: text,
    action: z.enum(auditActions),
    table: z.string().min(1),
    recordId: text,
    before: fields.optional(),
    after: fields.optional(),
    note: text.optional(),
  }),
);
