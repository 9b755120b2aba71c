import { isIsoDate } from '../domain/local-date';

/**
 * Document number prefixes of the stock ledger: 入库单 RK, 出库单 CK, 换货单 HH, 盘点单 PD.
 * Other series (e.g. purchase slips GX) use the same shape through `nextDocNo`.
 */
export const stockDocPrefixes = { inbound: 'RK', outbound: 'CK', exchange: 'HH', stockTake: 'PD' } as const;
export type StockDocPrefix = (typeof stockDocPrefixes)[keyof typeof stockDocPrefixes];

const prefixPattern = /^[A-Z]{2}$/;
const docNoPattern = /^([A-Z]{2})(\d{4})(\d{2})(\d{2})-(\d{3,})$/;

/**
 * The next number of a day's series: `nextDocNo('RK', '2026-11-27', 0)` → 'RK20261127-001'.
 * `existingCount` is how many numbers the series already has that day (the repository counts them
 * inside the same transaction that writes the document, so two documents never share a number).
 */
export function nextDocNo(prefix: string, day: string, existingCount: number): string {
  if (!prefixPattern.test(prefix)) throw new RangeError(`bad prefix: ${prefix}`);
  if (!isIsoDate(day)) throw new RangeError(`not a date: ${day}`);
  if (!Number.isInteger(existingCount) || existingCount < 0) throw new RangeError(`bad count: ${existingCount}`);
  return `${prefix}${day.replaceAll('-', '')}-${String(existingCount + 1).padStart(3, '0')}`;
}

export interface ParsedDocNo {
  prefix: string;
  day: string;
  seq: number;
}

export function parseDocNo(docNo: string): ParsedDocNo | undefined {
  const m = docNoPattern.exec(docNo);
  if (!m) return undefined;
  const day = `${m[2]}-${m[3]}-${m[4]}`;
  if (!isIsoDate(day)) return undefined;
  return { prefix: m[1] ?? '', day, seq: Number(m[5]) };
}

export function isDocNo(docNo: string): boolean {
  return parseDocNo(docNo) !== undefined;
}
