/**
 * The weekly review pack (质量记录周审阅, A4 portrait): the week's quality records grouped by kind,
 * each row fitted to its cells here (as the call register does), with the reviewer's sign-off line.
 * `reviewPackSheets` places the model on pages.
 */
import { translate, type Lang } from '../i18n';
import { recordKindLabelKeys } from '../i18n/records';
import { formatLocalDate, formatLocalTime } from '../print/call-register';
import { a4Portrait, type PageSize } from '../print/sheet';
import { fitText, type FittedText } from '../print/text-fit';
import type { DateRange } from '../records/periods';
import type { PackEntry } from './pack-entries';
import { reviewableKinds, type ReviewableKind } from './review';
import { isInReviewWeek } from './review-week';

export const packColumnKeys = ['time', 'subject', 'detail', 'comment'] as const;
export type PackColumnKey = (typeof packColumnKeys)[number];

/** Geometry in mm: 12 mm side margins; rows grow with their text up to `maxLines`. */
export const packLayout = {
  pageSize: a4Portrait,
  marginXMm: 12,
  title: { yMm: 12, heightMm: 10, sizePt: 16 },
  info: { yMm: 24, heightMm: 5, sizePt: 9 },
  bodyTopMm: 32,
  bodyBottomMm: 258,
  section: { heightMm: 8, sizePt: 10.5 },
  header: { heightMm: 7, sizePt: 9 },
  row: { sizePt: 9, lineHeightMm: 4, maxLines: 4, padXMm: 1, padYMm: 1.5 },
  signature: { yMm: 263, heightMm: 7, sizePt: 10.5, lineLengthMm: 50 },
  pageNumber: { yMm: 279, heightMm: 5, sizePt: 9 },
  columnWidthsMm: { time: 24, subject: 42, detail: 80, comment: 40 } satisfies Record<PackColumnKey, number>,
} as const;

export interface PackColumn {
  key: PackColumnKey;
  label: string;
  xMm: number;
  widthMm: number;
}

export interface PackRow {
  recordId: number;
  cells: Record<PackColumnKey, FittedText>;
  heightMm: number;
}

export interface PackSection {
  kind: ReviewableKind;
  title: string;
  continuedTitle: string;
  rows: PackRow[];
  /** Shown as the only row when the kind has no records this week. */
  emptyText: string | null;
}

export interface ReviewPackModel {
  pageSize: PageSize;
  title: string;
  weekText: string;
  countText: string;
  printedAtText: string;
  columns: PackColumn[];
  sections: PackSection[];
  signature: { reviewer: string; date: string };
}

function packColumns(lang: Lang): PackColumn[] {
  let xMm: number = packLayout.marginXMm;
  return packColumnKeys.map((key) => {
    const widthMm = packLayout.columnWidthsMm[key];
    const column = { key, label: translate(lang, `review.pack.col.${key}`), xMm, widthMm };
    xMm += widthMm;
    return column;
  });
}

function packRow(e: PackEntry, lang: Lang): PackRow {
  const { sizePt, maxLines, padXMm, padYMm, lineHeightMm } = packLayout.row;
  const fit = (key: PackColumnKey, text: string) => fitText(text, packLayout.columnWidthsMm[key] - 2 * padXMm, sizePt, maxLines);
  // A record entered on another day than its own (a call logged late) says when it was entered (MM-DD: the cell is narrow).
  const entered = formatLocalDate(e.enteredAt) !== formatLocalDate(e.at) ? `\n${translate(lang, 'review.pack.entered', { date: formatLocalDate(e.enteredAt).slice(5) })}` : '';
  const cells = {
    time: fit('time', `${formatLocalDate(e.at)}\n${formatLocalTime(e.at)}${entered}`),
    subject: fit('subject', e.subject),
    detail: fit('detail', e.detail),
    comment: fit('comment', e.comment),
  };
  const lines = Math.max(1, ...packColumnKeys.map((k) => cells[k].lines.length));
  return { recordId: e.recordId, cells, heightMm: lines * lineHeightMm + 2 * padYMm };
}

function packSection(kind: ReviewableKind, entries: PackEntry[], lang: Lang): PackSection {
  const label = translate(lang, recordKindLabelKeys[kind]);
  // In entry order, as the review screen lists them.
  const rows = entries.filter((e) => e.kind === kind).sort((a, b) => a.enteredAt - b.enteredAt || a.recordId - b.recordId).map((e) => packRow(e, lang));
  return {
    kind,
    title: translate(lang, 'review.pack.section', { kind: label, count: rows.length }),
    continuedTitle: translate(lang, 'review.pack.continued', { kind: label }),
    rows,
    emptyText: rows.length ? null : translate(lang, 'review.pack.sectionEmpty'),
  };
}

/** REV-1: the week's records (those entered in `week`, the review screen's rule), one section per reviewed kind. */
export function reviewPackModel(entries: readonly PackEntry[], week: DateRange, lang: Lang, options: { now?: number } = {}): ReviewPackModel {
  const now = options.now ?? Date.now();
  const inWeek = entries.filter((e) => isInReviewWeek(e.enteredAt, week));
  return {
    pageSize: packLayout.pageSize,
    title: translate(lang, 'review.pack.title'),
    weekText: translate(lang, 'review.pack.week', { from: week.from, to: week.to }),
    countText: translate(lang, 'review.pack.count', { count: inWeek.length }),
    printedAtText: translate(lang, 'review.pack.printedAt', { time: `${formatLocalDate(now)} ${formatLocalTime(now)}` }),
    columns: packColumns(lang),
    sections: reviewableKinds.map((kind) => packSection(kind, inWeek, lang)),
    signature: { reviewer: translate(lang, 'review.pack.signOff'), date: translate(lang, 'review.pack.signDate') },
  };
}
