/**
 * The call register (电话记录表): call logs for a date range → a print model for A4 portrait.
 * Pure: the wording comes from the dictionary, the geometry from `registerLayout`, every cell's text
 * is wrapped (or cut with "…") to its box here, so the renderer only places what it is given.
 */
import type { CallLog } from '../domain/call-log';
import type { Customer } from '../domain/customer';
import { translate, type Lang } from '../i18n';
import { fitText, type FittedText } from './text-fit';
import { a4Portrait, type PageSize } from './sheet';

/** The printed period, local dates `YYYY-MM-DD`, both inclusive (the same shape the export takes). */
export interface RegisterRange {
  from: string;
  to: string;
}

/** Customers by id: a Map or a plain object, whichever the caller has at hand. */
export type CustomerLookup =
  | ReadonlyMap<number, Pick<Customer, 'name'>>
  | Readonly<Record<number, Pick<Customer, 'name'> | undefined>>;

export const registerColumnKeys = ['time', 'direction', 'phone', 'party', 'topic', 'content', 'result', 'followUp'] as const;
export type RegisterColumnKey = (typeof registerColumnKeys)[number];

/** The form's geometry in mm (A4 portrait, 12 mm margins, 16 fixed-height rows per sheet). */
export const registerLayout = {
  pageSize: a4Portrait,
  marginXMm: 12,
  title: { yMm: 12, heightMm: 10, sizePt: 18 },
  info: { yMm: 24, heightMm: 5, sizePt: 9 },
  tableTopMm: 31,
  header: { heightMm: 8, sizePt: 9.5 },
  row: { heightMm: 13.5, sizePt: 9, lineHeightMm: 4, maxLines: 3, padXMm: 1 },
  rowsPerPage: 16,
  signature: { yMm: 262, heightMm: 7, sizePt: 10.5, lineLengthMm: 55 },
  pageNumber: { yMm: 277, heightMm: 5, sizePt: 9 },
  columnWidthsMm: {
    time: 21, direction: 10, phone: 25, party: 24, topic: 10, content: 45, result: 30, followUp: 21,
  } satisfies Record<RegisterColumnKey, number>,
} as const;

export interface RegisterColumn {
  key: RegisterColumnKey;
  label: string;
  xMm: number;
  widthMm: number;
}

export type RegisterCell = FittedText;

export interface RegisterRow {
  callId: number | undefined;
  cells: Record<RegisterColumnKey, RegisterCell>;
}

export interface RegisterPage {
  /** 1-based. */
  number: number;
  /** "第 1 页 / 共 N 页". */
  label: string;
  rows: RegisterRow[];
}

export interface CallRegisterModel {
  pageSize: PageSize;
  title: string;
  rangeText: string;
  countText: string;
  printedAtText: string;
  columns: RegisterColumn[];
  pages: RegisterPage[];
  /** Shown in place of rows when the range has no calls. */
  emptyText: string | null;
  signature: { recorder: string; reviewer: string };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function formatLocalDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

export function formatLocalTime(ms: number): string {
  const d = new Date(ms);
  return `${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

function isMapLookup(lookup: CustomerLookup): lookup is ReadonlyMap<number, Pick<Customer, 'name'>> {
  return lookup instanceof Map;
}

function customerName(lookup: CustomerLookup, id: number | undefined): string {
  if (id === undefined) return '';
  const found = isMapLookup(lookup) ? lookup.get(id) : lookup[id];
  return found?.name.trim() ?? '';
}

function registerColumns(lang: Lang): RegisterColumn[] {
  let xMm: number = registerLayout.marginXMm;
  return registerColumnKeys.map((key) => {
    const widthMm = registerLayout.columnWidthsMm[key];
    const column = { key, label: translate(lang, `print.register.col.${key}`), xMm, widthMm };
    xMm += widthMm;
    return column;
  });
}

/** The raw text of each cell, before it is fitted to the cell. */
function cellTexts(call: CallLog, lookup: CustomerLookup, lang: Lang): Record<RegisterColumnKey, string> {
  const name = customerName(lookup, call.customerId);
  const contact = call.contact.trim();
  const party = [name, contact && contact !== name ? contact : ''].filter(Boolean).join('\n');
  return {
    time: `${formatLocalDate(call.at)}\n${formatLocalTime(call.at)}`,
    direction: translate(lang, `print.direction.${call.direction}`),
    phone: call.phone.trim(),
    party,
    topic: translate(lang, `print.topic.${call.topic}`),
    content: call.content,
    result: call.result,
    followUp: call.followUpDate ?? '',
  };
}

function registerRow(call: CallLog, lookup: CustomerLookup, lang: Lang): RegisterRow {
  const texts = cellTexts(call, lookup, lang);
  const { sizePt, maxLines, padXMm } = registerLayout.row;
  const fit = (key: RegisterColumnKey): RegisterCell =>
    fitText(texts[key], registerLayout.columnWidthsMm[key] - 2 * padXMm, sizePt, maxLines);
  return {
    callId: call.id,
    cells: {
      time: fit('time'),
      direction: fit('direction'),
      phone: fit('phone'),
      party: fit('party'),
      topic: fit('topic'),
      content: fit('content'),
      result: fit('result'),
      followUp: fit('followUp'),
    },
  };
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks.length ? chunks : [[]];
}

export interface CallRegisterOptions {
  /** The printed-at time (epoch ms); defaults to now. */
  now?: number;
}

/** Builds the call register for `range`: calls in time order, 16 rows per A4 sheet, page x of N. */
export function callRegisterModel(
  calls: readonly CallLog[],
  customersById: CustomerLookup,
  range: RegisterRange,
  lang: Lang,
  options: CallRegisterOptions = {},
): CallRegisterModel {
  const now = options.now ?? Date.now();
  const ordered = [...calls].sort((a, b) => a.at - b.at);
  const rows = ordered.map((call) => registerRow(call, customersById, lang));
  const chunks = chunk(rows, registerLayout.rowsPerPage);
  return {
    pageSize: registerLayout.pageSize,
    title: translate(lang, 'print.register.title'),
    rangeText: translate(lang, 'print.register.range', { from: range.from, to: range.to }),
    countText: translate(lang, 'print.register.count', { count: rows.length }),
    printedAtText: translate(lang, 'print.register.printedAt', {
      time: `${formatLocalDate(now)} ${formatLocalTime(now)}`,
    }),
    columns: registerColumns(lang),
    pages: chunks.map((pageRows, i) => ({
      number: i + 1,
      label: translate(lang, 'print.page', { page: i + 1, pages: chunks.length }),
      rows: pageRows,
    })),
    emptyText: rows.length ? null : translate(lang, 'print.register.empty'),
    signature: {
      recorder: translate(lang, 'print.register.recorder'),
      reviewer: translate(lang, 'print.register.reviewer'),
    },
  };
}
