/**
 * What a screen hands to the print preview. Shape:
 *
 *   { title, fileName, pageSize, pageCount, lang, renderPage(index, view?), hasBackground?, printerName?, dpi? }
 *
 * `renderPage` returns one unscaled page (a `.print-sheet`); the preview shows one page at a time,
 * the browser prints all of them through #print-root, Electron gets them as a standalone HTML
 * document (`toPrintDocument` / `buildPrintDocument`). Every form is one more `xxxSource(...)` of this
 * shape: the call register, and any template with `templatePrintSource`.
 */
import { createElement, type ReactElement } from 'react';
import type { CallLog } from '@shared/domain/call-log';
import { translate, type Lang } from '@shared/i18n';
import type { PageSize } from '@shared/ipc';
import {
  callRegisterModel,
  type CallRegisterOptions,
  type CustomerLookup,
  type RegisterRange,
} from '@shared/print/call-register';
import { callRegisterSheets } from '@shared/print/call-register-sheet';
import type { Sheet } from '@shared/print/sheet';
import { SheetView, type SheetViewOptions } from './SheetView';

export interface PrintPreviewSource {
  /** The document's title (print job name). */
  title: string;
  /** Suggested file name for a saved PDF, without extension. */
  fileName: string;
  pageSize: PageSize;
  pageCount: number;
  /** The language of the preview's own controls. */
  lang: Lang;
  /** Page `index` (0-based) as it prints, or as the preview shows it (`view`). */
  renderPage: (index: number, view?: SheetViewOptions) => ReactElement;
  /** The pages have a screen-only background scan the preview can switch on (背景). */
  hasBackground?: boolean;
  /** The printer to preselect (remembered for the template); a missing one falls back to the dialog. */
  printerName?: string;
  /** For drivers that shrink silent prints (from the printer profile). */
  dpi?: number;
}

export interface SheetSourceMeta {
  title: string;
  fileName: string;
  lang: Lang;
  printerName?: string;
  dpi?: number;
}

/**
 * A source over sheets made on demand (`sheetAt`), each made once: paging through a batch draws only
 * the pages looked at, and printing draws each page once more as markup.
 */
export function sheetSource(meta: SheetSourceMeta, pageSize: PageSize, pageCount: number, sheetAt: (index: number) => Sheet): PrintPreviewSource {
  const made = new Map<number, Sheet>();
  const sheet = (i: number) => {
    let s = made.get(i);
    if (!s) made.set(i, (s = sheetAt(i)));
    return s;
  };
  const first = pageCount > 0 ? sheet(0) : undefined;
  const source: PrintPreviewSource = {
    ...meta,
    pageSize,
    pageCount,
    renderPage: (index, view) => createElement(SheetView, { key: index, sheet: sheet(index), pageSize, showBackground: view?.showBackground ?? false }),
  };
  // Every sheet of a template shares its background, so the first one tells.
  if (first?.background && !first.background.printed) source.hasBackground = true;
  return source;
}

/**
 * The call register (电话记录表) for `range` (local dates YYYY-MM-DD, inclusive). `calls` are the
 * range's calls (as `listCallLogs` returns them); `customersById` a Map or object of id → customer.
 */
export function callRegisterSource(
  calls: readonly CallLog[],
  customersById: CustomerLookup,
  range: RegisterRange,
  lang: Lang,
  options: CallRegisterOptions = {},
): PrintPreviewSource {
  const model = callRegisterModel(calls, customersById, range, lang, options);
  const doc = callRegisterSheets(model);
  const meta = { title: model.title, fileName: translate(lang, 'print.register.fileName', { from: range.from, to: range.to }), lang };
  return sheetSource(meta, doc.pageSize, doc.sheets.length, (i) => doc.sheets[i] ?? { elements: [] });
}
