import { translate, type Lang } from '@shared/i18n';
import { addDays, weekOf, type DateRange } from '@shared/records/periods';
import type { PackEntry } from '@shared/review/pack-entries';
import { reviewPackModel } from '@shared/review/review-pack';
import { reviewPackSheets } from '@shared/review/review-pack-sheet';
import { sheetSource, type PrintPreviewSource } from '../../print/print-source';

/** The weeks the pack can be printed for: this week first, then the `count - 1` before it. */
export function recentWeeks(today: string, count: number): DateRange[] {
  const first = weekOf(today);
  return Array.from({ length: count }, (_, i) => ({ from: addDays(first.from, -7 * i), to: addDays(first.to, -7 * i) }));
}

/** REV-1: the weekly review pack (A4, sign-off line on every page) through the print engine's sheets. */
export function reviewPackSource(entries: readonly PackEntry[], week: DateRange, lang: Lang, now = Date.now()): PrintPreviewSource {
  const model = reviewPackModel(entries, week, lang, { now });
  const doc = reviewPackSheets(model, lang);
  const meta = { title: model.title, fileName: translate(lang, 'review.pack.fileName', { from: week.from, to: week.to }), lang };
  return sheetSource(meta, doc.pageSize, doc.sheets.length, (i) => doc.sheets[i] ?? { elements: [] });
}
