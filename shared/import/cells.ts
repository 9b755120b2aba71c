import { toIsoDate } from '../domain/local-date';
import { isPlausiblePhone, normalizePhone, phoneProblem } from '../domain/customer';

/**
 * Reading spreadsheet cells as SheetJS hands them over (strings, numbers, booleans, dates, blanks).
 * `undefined` = blank cell; 'invalid' = a value that cannot be read as the wanted type.
 */
export type Cell = string | number | boolean | Date | null | undefined;

export function cellText(c: unknown): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'number') return Number.isInteger(c) ? c.toFixed(0) : String(c);
  if (c instanceof Date) return toIsoDate(c.getTime());
  return String(c).trim();
}

export function isBlank(c: unknown): boolean {
  return cellText(c) === '';
}

/** A number as typed in Excel: "1,280.50", "¥12", "12元" are read; blank is undefined. */
export function cellNumber(c: unknown): number | undefined | 'invalid' {
  if (typeof c === 'number') return Number.isFinite(c) ? c : 'invalid';
  const t = cellText(c).replace(/[,，\s]/g, '').replace(/^[¥￥]/, '').replace(/元$/, '');
  if (t === '') return undefined;
  return /^[+-]?\d+(\.\d+)?$/.test(t) ? Number(t) : 'invalid';
}

const yes = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '有']);
const no = new Set(['否', 'n', 'no', 'false', '0', '×', '无']);

/** 是/否, Y/N, true/false, 1/0, √/×; blank is undefined. */
export function cellBoolean(c: unknown): boolean | undefined | 'invalid' {
  if (typeof c === 'boolean') return c;
  const t = cellText(c).toLowerCase();
  if (t === '') return undefined;
  if (yes.has(t)) return true;
  if (no.has(t)) return false;
  return 'invalid';
}

/**
 * The phones in one cell: several are separated by , ; / 、 or a line break. A piece that is not a
 * phone as a whole ("138 0013 8000" is one) is split again at spaces ("13800138000 13900139000").
 */
export function splitPhones(text: string): string[] {
  return (
    phonePieces(text)
      // A piece with a letter in it stays as it is, so the row's check refuses it instead of dropping the letter.
      .map((p) => (phoneProblem(p) === 'chars' ? p : normalizePhone(p)))
      .filter((p) => p !== '')
  );
}

/** The phones of a cell as written (before normalizing), split the way `splitPhones` splits them. */
export function phonePieces(text: string): string[] {
  return text
    .split(/[,，;；/、\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .flatMap((piece) => (isPlausiblePhone(piece) ? [piece] : piece.split(/\s+/)));
}
