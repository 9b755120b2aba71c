import { describe, expect, it } from 'vitest';
import { codeDrawing, parseCodeSvg } from './barcode';

describe('codeDrawing', () => {
  it('draws a tracking number as Code 128 bars that stretch to their box', () => {
    const d = codeDrawing('barcode', 'SF1234567890123');
    expect(d?.keepAspect).toBe(false);
    expect(d?.paths.length).toBeGreaterThan(0);
    expect(d?.paths.every((p) => (p.strokeWidth ?? 0) > 0 && /^M[\d. LM]+$/.test(p.d))).toBe(true);
    // 10-module quiet zone each side: no bar starts in the first 10 modules (2 units each).
    const firstBarX = Math.min(...(d?.paths ?? []).flatMap((p) => [...p.d.matchAll(/M([\d.]+)/g)].map((m) => Number(m[1]) - (p.strokeWidth ?? 0) / 2)));
    expect(firstBarX).toBeGreaterThanOrEqual(20);
  });

  it('draws a QR code that keeps its square shape, Chinese text included', () => {
    const d = codeDrawing('qrcode', '顺丰 SF1234567890123');
    expect(d?.keepAspect).toBe(true);
    expect(d?.viewBox.width).toBe(d?.viewBox.height);
    expect(d?.paths[0]?.strokeWidth).toBeUndefined();
  });

  it('refuses what Code 128 cannot carry, and empty values, instead of printing a wrong code', () => {
    expect(codeDrawing('barcode', '中文单号')).toBeNull();
    expect(codeDrawing('barcode', '  ')).toBeNull();
    expect(codeDrawing('qrcode', '')).toBeNull();
  });

  it('reads bwip-js SVG back into data without its colours', () => {
    const parsed = parseCodeSvg('<svg viewBox="0 0 10 5" xmlns="x"><path stroke="#000000" stroke-width="2" d="M1 5L1 0" /><path d="M0 0L1 1Z" /></svg>');
    expect(parsed).toEqual({ viewBox: { width: 10, height: 5 }, paths: [{ d: 'M1 5L1 0', strokeWidth: 2 }, { d: 'M0 0L1 1Z' }] });
  });
});
