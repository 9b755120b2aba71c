import { z } from 'zod';
import { flag, instant, key, rowOf, text, withRules } from '../rows/kit';
import { validateProduct, type Product } from './product';

/** A stored product with its search keys, checked by the product form's validator (no uniqueness: the index keeps codes unique). */
export const productRowSchema = rowOf<Product & { searchKeys: string[] }>()(
  withRules(
    z.object({
      id: key.optional(),
      code: text,
      name: text,
      category: text,
      spec: text,
      unit: text,
      price: z.number(),
      location: text,
      safetyStock: z.number(),
      serialTracked: flag,
      active: flag,
      isSet: flag,
      components: z.array(z.object({ productId: key, qty: z.number() })),
      selfPickupOnly: flag,
      needsLeaderSignOff: flag,
      isTestChamber: flag,
      createdAt: instant,
      updatedAt: instant,
      searchKeys: z.array(text),
    }),
    (p) => validateProduct(p),
  ),
);
