import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { PageSize } from '@shared/ipc';
import type { PrintDocument } from '../platform/platform';
import { documentCss } from './print-css';

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => htmlEscapes[ch] ?? ch);
}

/**
 * A complete, standalone HTML document of the pages: no scripts, no external files, its own
 * `@page` size — what Electron's hidden print window loads to print or to make a PDF.
 */
export function printDocument(pages: ReactElement, pageSize: PageSize, title: string): PrintDocument {
  const body = renderToStaticMarkup(pages);
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
