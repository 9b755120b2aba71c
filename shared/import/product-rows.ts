import type { ProductInput } from '../products/product';
import { emptyProductInput, normalizeProductCode, normalizeProductInput, validateProduct } from '../products/product';
import { cellBoolean, cellNumber } from './cells';
import { productImportFields } from './fields';
import type { RowReader } from './sheet';
import { fieldOfPath } from './sheet';

/** A product ready for the repository. Sets are not imported: their components are defined in the form. */
export type ProductImportRow = ProductInput;

const flags = ['serialTracked', 'selfPickupOnly', 'needsLeaderSignOff', 'isTestChamber', 'active'] as const;

/** A blank number cell is 0 (价格未定 / 无安全库存); text that is not a number is reported. */
function readNumber(r: RowReader, key: 'price' | 'safetyStock'): number {
  const v = cellNumber(r.get(key));
  if (v === 'invalid') {
    r.report(key, 'import.error.badNumber');
    return 0;
  }
  return v ?? 0;
}

/** Blank flags keep the new-product default (active = yes, the others = no). */
function readFlags(r: RowReader, base: ProductInput): Pick<ProductInput, (typeof flags)[number]> {
  const out = { serialTracked: base.serialTracked, selfPickupOnly: base.selfPickupOnly, needsLeaderSignOff: base.needsLeaderSignOff, isTestChamber: base.isTestChamber, active: base.active };
  for (const key of flags) {
    const v = cellBoolean(r.get(key));
    if (v === 'invalid') r.report(key, 'import.error.badBoolean');
    else if (v !== undefined) out[key] = v;
  }
  return out;
}

/** Codes already in use, or already on an earlier row of the file, are refused. */
function checkDuplicateCode(r: RowReader, code: string, existing: ReadonlySet<string>, seen: Map<string, number>): void {
  if (existing.has(code)) r.report('code', 'import.error.codeExists');
  else if (seen.has(code)) r.report('code', 'import.error.duplicateCodeInFile');
  else seen.set(code, r.row);
}

/** One product row: read, validated by `validateProduct` (the form's validator), duplicate codes refused. */
export function readProductRow(r: RowReader, existingCodes: ReadonlySet<string>, seenCodes: Map<string, number>): ProductImportRow | undefined {
  if (!r.requireFilled(productImportFields)) return undefined;
  const base = emptyProductInput();
  const input = normalizeProductInput({
    ...base,
    code: r.text('code'),
    name: r.text('name'),
    category: r.text('category'),
    spec: r.text('spec'),
    unit: r.text('unit'),
    location: r.text('location'),
    price: readNumber(r, 'price'),
    safetyStock: readNumber(r, 'safetyStock'),
    ...readFlags(r, base),
  });
  for (const i of validateProduct(input)) r.report(fieldOfPath(i.path, {}), i.message);
  checkDuplicateCode(r, normalizeProductCode(input.code), existingCodes, seenCodes);
  return r.entries.length > 0 ? undefined : input;
}
