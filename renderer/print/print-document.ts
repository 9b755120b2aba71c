import { Fragment, createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { PageSize } from '@shared/ipc';
import type { PrintDocument } from '../platform/platform';
import { documentCss } from './print-css';
import type { PrintPreviewSource } from './print-source';

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => htmlEscapes[ch] ?? ch);
}

function documentFromMarkup(body: string, pageSize: PageSize, title: string): PrintDocument {
  const html = [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${documentCss(pageSize)}</style>`,
    '</head>',
    `<body>${body}</body>`,
    '</html>',
  ].join('\n');
  return { html, pageSize, title };
}

/**
 * A complete, standalone HTML document of the pages: no scripts, no external files, its own
 * `@page` size — what Electron's hidden print window loads to print or to make a PDF.
 */
export function printDocument(pages: ReactElement, pageSize: PageSize, title: string): PrintDocument {
  return documentFromMarkup(renderToStaticMarkup(pages), pageSize, title);
}

function pagesMarkup(source: PrintPreviewSource, from: number, to: number): string {
  const pages = Array.from({ length: to - from }, (_, i) => source.renderPage(from + i));
  return renderToStaticMarkup(createElement(Fragment, null, ...pages));
}

/** Every page of a source as the standalone document, in one go (small documents, tests). */
export function toPrintDocument(source: PrintPreviewSource): PrintDocument {
  return documentFromMarkup(pagesMarkup(source, 0, source.pageCount), source.pageSize, source.title);
}

export interface BuildProgress {
  done: number;
  total: number;
}

export interface BuildOptions {
  onProgress?: (progress: BuildProgress) => void;
  /** Pages rendered between two yields to the event loop. */
  chunkPages?: number;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The standalone document of a large batch, rendered a chunk of pages at a time with a yield in
 * between, so the window stays responsive and the preview's progress bar moves.
 */
export async function buildPrintDocument(source: PrintPreviewSource, options: BuildOptions = {}): Promise<PrintDocument> {
  const { onProgress, chunkPages = 25 } = options;
  const total = source.pageCount;
  const parts: string[] = [];
  for (let from = 0; from < total; from += chunkPages) {
    const to = Math.min(total, from + chunkPages);
    parts.push(pagesMarkup(source, from, to));
    onProgress?.({ done: to, total });
    if (to < total) await nextTask();
  }
  return documentFromMarkup(parts.join(''), source.pageSize, source.title);
}
