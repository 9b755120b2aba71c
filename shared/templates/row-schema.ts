import { z } from 'zod';
import { instant } from '../rows/kit';
import { templateSchema } from './template';

/** A stored print template: the same schema the designer's JSON import is checked with. */
export const templateRowSchema = templateSchema;

/** One printer's calibration for one template. */
export const printProfileRowSchema = z.object({
  /** '' is the system print dialog's own profile (browser mode). */
  printerName: z.string(),
  templateId: z.string().min(1),
  offsetXMm: z.number(),
  offsetYMm: z.number(),
  driftMmPerSheet: z.number(),
  updatedAt: instant,
});
