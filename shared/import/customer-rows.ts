import type { CustomerInput } from '../domain/customer';
import { validateCustomer } from '../domain/customer';
import type { CustomerAddress, CustomerGrade, CustomerType, ProfileInput } from '../crm/customer-profile';
import { customerGrades, normalizeProfileInput, validateCustomerProfile } from '../crm/customer-profile';
import { phoneCharsMessage, phoneProblem } from '../domain/customer';
import { regionProblem } from '../address/region-check';
import { cellBoolean, phonePieces, splitPhones } from './cells';
import { customerImportFields } from './fields';
import type { RowReader } from './sheet';
import { fieldOfPath } from './sheet';

/** A customer ready for `createCustomer` (name, notes) plus its issue-4 profile. */
export type CustomerImportRow = Pick<CustomerInput, 'name' | 'notes'> & ProfileInput;

const typeWords: Readonly<Record<string, CustomerType>> = {
  普通客户: 'ordinary', 普通: 'ordinary', 个人: 'ordinary', ordinary: 'ordinary',
  会员: 'member', 会员客户: 'member', member: 'member',
  店铺: 'store', 门店: 'store', 店铺客户: 'store', store: 'store',
};

const pathToField: Readonly<Record<string, string>> = {
  phones: 'phone', primaryPhone: 'phone', addresses: 'address',
};

function readType(r: RowReader): CustomerType {
  const t = r.text('type').toLowerCase();
  if (t === '') return 'ordinary';
  const type = typeWords[t];
  if (!type) r.report('type', 'import.error.badChoice');
  return type ?? 'ordinary';
}

function readGrade(r: RowReader): CustomerGrade | undefined {
  const g = r.text('grade').toUpperCase();
  if (g === '') return undefined;
  const grade = customerGrades.find((x) => x === g);
  if (!grade) r.report('grade', 'import.error.badChoice');
  return grade;
}

function readAddresses(r: RowReader): CustomerAddress[] {
  const [province, city, district, detail] = ['province', 'city', 'district', 'address'].map((k) => r.text(k));
  if (!province && !city && !district && !detail) return [];
  const bad = regionProblem({ province: province ?? '', city: city ?? '', district: district ?? '' });
  if (bad) r.report(bad.field, bad.reason);
  return [{ province: province ?? '', city: city ?? '', district: district ?? '', detail: detail ?? '', isDefault: true }];
}

function readIsKey(r: RowReader): boolean {
  const v = cellBoolean(r.get('isKey'));
  if (v === 'invalid') r.report('isKey', 'import.error.badBoolean');
  return v === true;
}

/** Phones already on file, or already on an earlier row of the file, are refused (one customer per phone). */
function checkDuplicatePhones(r: RowReader, phones: string[], existing: ReadonlySet<string>, seen: Map<string, number>): void {
  for (const p of phones) {
    if (existing.has(p)) r.report('phone', 'import.error.phoneExists');
    else if (seen.has(p)) r.report('phone', 'import.error.duplicatePhoneInFile');
    else seen.set(p, r.row);
  }
}

/** One customer row: read, validated by the same validators as the form, duplicates refused. */
export function readCustomerRow(r: RowReader, existingPhones: ReadonlySet<string>, seenPhones: Map<string, number>): CustomerImportRow | undefined {
  if (!r.requireFilled(customerImportFields)) return undefined;
  // Every piece must be a phone as written: "无", "TRUE" or "139abc45678" is refused, not dropped or cut to its digits.
  const pieces = phonePieces(r.text('phone'));
  // A letter or other sign gets the message every phone field gives; a wrong length the import's own.
  const problems = pieces.map(phoneProblem);
  if (problems.includes('chars')) r.report('phone', phoneCharsMessage);
  else if (pieces.length === 0 || problems.includes('shape')) r.report('phone', 'import.error.badPhone');
  const phones = splitPhones(r.text('phone'));
  const notes = r.text('notes');
  const source = r.text('source');
  const memberNo = r.text('memberNo');
  const storeNo = r.text('storeNo');
  const grade = readGrade(r);
  const input: CustomerImportRow = {
    name: r.text('name'),
    phones,
    type: readType(r),
    addresses: readAddresses(r),
    isKey: readIsKey(r),
    ...(phones[0] !== undefined ? { primaryPhone: phones[0] } : {}),
    ...(notes ? { notes } : {}),
    ...(source ? { source } : {}),
    ...(memberNo ? { memberNo } : {}),
    ...(storeNo ? { storeNo } : {}),
    ...(grade ? { grade } : {}),
  };
  for (const i of [...validateCustomer(input), ...validateCustomerProfile(input)]) r.report(fieldOfPath(i.path, pathToField), i.message);
  checkDuplicatePhones(r, phones, existingPhones, seenPhones);
  if (r.entries.length > 0) return undefined;
  return { ...normalizeProfileInput(input), name: input.name, ...(notes ? { notes } : {}) };
}
