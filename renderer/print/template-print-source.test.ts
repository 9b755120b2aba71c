import { describe, expect, it } from 'vitest';
import { builtinTemplate, sampleData } from '@shared/templates/builtin';
import { toPrintDocument } from './print-document';
import { safeFileName, templatePrintSource } from './template-print-source';

describe('templatePrintSource', () => {
  const t = builtinTemplate('thermal-100x150');
  const record = sampleData(t.id);

  it('is one page per record at the template’s paper size, named after the template', () => {
    const source = templatePrintSource(t, [record, record, record], { lang: 'zh-CN' });
    expect(source).toMatchObject({ title: '热敏面单 100×150', fileName: '热敏面单 100×150', pageCount: 3, pageSize: { widthMm: 100, heightMm: 150 } });
    const { html } = toPrintDocument(source);
    expect(html).toContain('@page { size: 100mm 150mm; margin: 0; }');
    expect(html.match(/class="print-sheet"/g)).toHaveLength(3);
    expect(html).toContain('张三丰');
  });

  it('makes a sheet only when its page is looked at, and each only once', () => {
    const reads = new Map<number, number>();
    const records = Array.from({ length: 50 }, (_, i) =>
      new Proxy(record, { get: (target, key) => (reads.set(i, (reads.get(i) ?? 0) + 1), Reflect.get(target, key)) }),
    );
    const source = templatePrintSource(t, records, { lang: 'zh-CN' });
    source.renderPage(7);
    const once = reads.get(7);
    source.renderPage(7);
    // The first sheet is made up front (it tells whether there is a background), then page 8 only.
    expect([...reads.keys()].sort((a, b) => a - b)).toEqual([0, 7]);
    expect(reads.get(7)).toBe(once);
  });

  it('passes the printer, its dpi and the profile through, and offers the background switch for a scan', () => {
    const scan = { ...t, background: { dataUrl: 'data:image/png;base64,AAAA', print: false } };
    const profile = { offsetXMm: 1, offsetYMm: 2, driftMmPerSheet: 0 };
    const source = templatePrintSource(scan, [record], { lang: 'en', printerName: 'Deli DL-888T', dpi: 203, profile });
    expect(source).toMatchObject({ printerName: 'Deli DL-888T', dpi: 203, hasBackground: true, lang: 'en' });
    expect(toPrintDocument(source).html).toContain('translate(1 2)');
    expect(templatePrintSource(t, [record], { lang: 'zh-CN' }).hasBackground).toBeUndefined();
  });
});

describe('safeFileName', () => {
  it('replaces what Windows refuses in a file name', () => {
    expect(safeFileName('快递单 1/2: "顺丰"?')).toBe('快递单 1_2_ _顺丰__');
    expect(safeFileName('面单. ')).toBe('面单');
    expect(safeFileName('...')).toBe('print');
    // A template called CON, or one holding a right-to-left override, still saves as a PDF.
    expect(safeFileName('CON')).toBe('CON_');
    expect(safeFileName('面单\u202Efdp.exe')).toBe('面单fdp.exe');
  });
});
