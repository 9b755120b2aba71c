/**
 * Record values → the text printed in a field, by the field's format. Pure and locale-fixed: forms
 * are printed the Chinese way whatever the screen language (¥1,234.50, 2025-03-01, 壹仟…元整).
 */
import { toChineseCapital } from './capital-amount';
import type { TemplateField } from './template';

/** One record's data as a template sees it: field keys → plain values. */
export type TemplateRecord = Readonly<Record<string, string | number | null | undefined>>;

export type FieldFormat = TemplateField['format'];

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A local date (and time) from epoch ms, or from an ISO-like string 'YYYY-MM-DD[THH:mm[:ss]]'. */
function toLocalDate(value: string | number): Date | null {
  if (typeof value === 'number') return Number.isFinite(value) ? new Date(value) : null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  return new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
}

export function formatDate(value: string | number): string {
  const d = toLocalDate(value);
  if (!d || Number.isNaN(d.getTime())) return String(value);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

export function formatDateTime(value: string | number): string {
  const d = toLocalDate(value);
  if (!d || Number.isNaN(d.getTime())) return String(value);
  return `${formatDate(d.getTime())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

function toAmount(value: string | number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const cleaned = value.replace(/[¥,\s]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** ¥1,234.50: yuan with thousands separators and two decimals (rounded to the fen). */
export function formatMoney(value: string | number): string {
  const amount = toAmount(value);
  if (amount === null) return String(value);
  const fen = Math.round(Math.abs(amount) * 100);
  const yuan = Math.floor(fen / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${amount < 0 && fen > 0 ? '-' : ''}¥${yuan}.${pad2(fen % 100)}`;
}

export function formatCapital(value: string | number): string {
  const amount = toAmount(value);
  return amount === null ? String(value) : toChineseCapital(amount);
}

/** The printed text of a value; a missing value prints nothing. Unparseable values print as given. */
export function formatValue(value: string | number | null | undefined, format: FieldFormat): string {
  if (value === null || value === undefined || value === '') return '';
  switch (format) {
    case 'date':
      return formatDate(value);
    case 'datetime':
      return formatDateTime(value);
    case 'money':
      return formatMoney(value);
    case 'capital':
      return formatCapital(value);
    default:
      return String(value);
  }
}
