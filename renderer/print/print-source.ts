/**
 * What a screen hands to the print preview. Shape:
 *
 *   { title, fileName, pageSize, pageCount, lang, render: () => ReactElement }
 *
 * `render` returns the unscaled pages (one `.print-sheet` per paper page); the preview shows them
 * scaled, the browser prints them through #print-root, Electron gets them as a standalone HTML
 * document (`toPrintDocument`). Any later form is one more `xxxSource(...)` of the same shape.
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
import type { PrintDocument } from '../platform/platform';
import { CallRegisterPages } from './CallRegisterPages';
import { printDocument } from './print-document';

export interface PrintPreviewSource {
  /** The document's title (print job name). */
  title: string;
  /** Suggested file name for a saved PDF, without extension. */
  fileName: string;
  pageSize: PageSize;
  pageCount: number;
  /** The language of the preview's own controls. */
  lang: Lang;
  render: () => ReactElement;
}

export function toPrintDocument(source: PrintPreviewSource): PrintDocument {
  return printDocument(source.render(), source.pageSize, source.title);
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
  return {
    title: model.title,
    fileName: translate(lang, 'print.register.fileName', { from: range.from, to: range.to }),
    pageSize: model.pageSize,
    pageCount: model.pages.length,
    lang,
    render: () => createElement(CallRegisterPages, { model }),
  };
}
