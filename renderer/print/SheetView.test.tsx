import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Sheet } from '@shared/print/sheet';
import { SheetView } from './SheetView';

const pageSize = { widthMm: 230, heightMm: 127 };
const sheet: Sheet = {
  elements: [
    { kind: 'text', xMm: 20, yMm: 30, widthMm: 40, heightMm: 7, lines: ['张三丰'], font: 'body', sizePt: 12, lineHeightMm: 5, align: 'right', vAlign: 'middle' },
    { kind: 'line', x1Mm: 5, y1Mm: 18, x2Mm: 225, y2Mm: 18, weightMm: 0.4 },
    { kind: 'rect', xMm: 5, yMm: 5, widthMm: 220, heightMm: 105, weightMm: 0.3 },
    { kind: 'code', xMm: 100, yMm: 60, widthMm: 60, heightMm: 12, viewBox: { width: 50, height: 10 }, paths: [{ d: 'M2 10L2 0', strokeWidth: 2 }], keepAspect: false },
  ],
  offset: { xMm: 1.5, yMm: -0.8 },
  background: { dataUrl: 'data:image/png;base64,AAAA', printed: false },
};

const html = (s: Sheet, showBackground = false) => renderToStaticMarkup(<SheetView sheet={s} pageSize={pageSize} showBackground={showBackground} />);

describe('SheetView', () => {
  it('draws the page as one SVG whose user unit is 1 mm, at the paper size', () => {
    expect(html(sheet)).toContain('<svg width="230mm" height="127mm" viewBox="0 0 230 127"');
  });

  it('moves the whole printed page by the profile offset, as one translation', () => {
    expect(html(sheet).match(/transform="translate\(1.5 -0.8\)"/g)).toHaveLength(1);
    expect(html({ ...sheet, offset: { xMm: 0, yMm: 0 } })).not.toContain('transform=');
  });

  it('anchors right-aligned text at the box’s right edge, in a clipping viewport at the box', () => {
    const out = html(sheet);
    expect(out).toContain('<svg x="20" y="30" width="40" height="7" overflow="hidden" data-box="text">');
    expect(out).toMatch(/text-anchor="end"/);
    expect(out).toMatch(/<tspan x="40" y="[\d.]+">张三丰<\/tspan>/);
  });

  it('draws a bar code from its paths, stretched to its box, black', () => {
    const out = html(sheet);
    expect(out).toContain('viewBox="0 0 50 10" preserveAspectRatio="none"');
    expect(out).toContain('<path d="M2 10L2 0" fill="none" stroke="#000" stroke-width="2"></path>');
  });

  it('shows a screen-only background only when asked, and a printed one always, moved with the page', () => {
    expect(html(sheet)).not.toContain('<image');
    expect(html(sheet, true)).toMatch(/<image href="data:image\/png;base64,AAAA"[^>]*>.*<g transform/);
    const printed = html({ ...sheet, background: { dataUrl: 'data:image/png;base64,AAAA', printed: true } });
    expect(printed).toMatch(/<g transform="translate\(1.5 -0.8\)"><image/);
  });
});
