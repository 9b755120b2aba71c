/**
 * The CSS every printed page needs, in one place: the standalone document Electron prints, the
 * in-app preview, and the browser's print of the preview all use these rules.
 */
import type { PageSize } from '@shared/ipc';
import type { SheetFont } from '@shared/print/sheet';
import { printRootId } from './print-root';

/** 宋体 / 黑体 / 新宋体 on the center's Windows PC; Noto CJK where those are missing (Linux CI, browser mode). */
export const bodyFontStack = '"SimSun","宋体","Noto Serif CJK SC","Noto Sans CJK SC",serif';
export const titleFontStack = '"SimHei","黑体","Noto Sans CJK SC",sans-serif';
/** Fixed pitch for numbers (phones, tracking numbers): every ASCII character half an em wide. */
export const monoFontStack = '"NSimSun","新宋体","Noto Sans Mono CJK SC",monospace';

export const fontStacks: Record<SheetFont, string> = { body: bodyFontStack, title: titleFontStack, mono: monoFontStack };

export const sheetClass = 'print-sheet';

/** The paper size and no browser margins: the sheets place everything themselves, in mm. */
export function pageRuleCss(pageSize: PageSize): string {
  return `@page { size: ${pageSize.widthMm}mm ${pageSize.heightMm}mm; margin: 0; }`;
}

/** The sheet box: exactly the paper size, black on white, one sheet per printed page. */
export function sheetCss(pageSize: PageSize): string {
  return [
    `.${sheetClass} { position: relative; box-sizing: border-box; overflow: hidden;`,
    `  width: ${pageSize.widthMm}mm; height: ${pageSize.heightMm}mm; background: #fff; color: #000;`,
    `  font-family: ${bodyFontStack}; break-after: page; page-break-after: always;`,
    '  print-color-adjust: exact; -webkit-print-color-adjust: exact; }',
    `.${sheetClass}:last-child { break-after: auto; page-break-after: auto; }`,
  ].join('\n');
}

/** The whole stylesheet of the standalone document handed to Electron's print window. */
export function documentCss(pageSize: PageSize): string {
  return [pageRuleCss(pageSize), 'html, body { margin: 0; padding: 0; background: #fff; }', sheetCss(pageSize)].join('\n');
}

/**
 * Browser mode: while a preview is open, printing shows only #print-root (the unscaled pages) and
 * hides the app and the preview dialog itself; on screen #print-root stays hidden.
 */
export function browserPrintCss(pageSize: PageSize): string {
  return [
    pageRuleCss(pageSize),
    sheetCss(pageSize),
    `#${printRootId} { display: none; }`,
    '@media print {',
    '  html, body { margin: 0 !important; padding: 0 !important; background: #fff !important;',
    '    overflow: visible !important; height: auto !important; }',
    `  body > *:not(#${printRootId}) { display: none !important; }`,
    `  #${printRootId} { display: block !important; }`,
    '}',
  ].join('\n');
}
