import { describe, expect, it } from 'vitest';
import { displayWidth, fitColumnWidths } from './sheet-spec';

describe('column widths', () => {
  it('counts CJK characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('电话记录')).toBe(8);
    expect(displayWidth('A4纸')).toBe(4);
  });

  it('fits the widest text within the limits, with room for the filter arrow', () => {
    const widths = fitColumnWidths(
      ['内容', 'x'],
      [['设备开机后不加热', 'ab'], ['短', null]],
      [{ min: 6, max: 60 }, { min: 8, max: 40 }],
    );
    expect(widths).toEqual([18, 8]);
  });

  it('caps a very long text at the maximum', () => {
    expect(fitColumnWidths(['内容'], [['长'.repeat(500)]], [{ min: 6, max: 60 }])).toEqual([60]);
  });
});
