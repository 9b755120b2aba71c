import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@shared/i18n';
import { overallPercent, progressText } from './backup-progress';

const t: Translate = (key, params) => translate('zh-CN', key, params);

describe('backup and restore progress', () => {
  it('the bar only moves forward across the phases of a backup', () => {
    const steps = [
      overallPercent('backup', { phase: 'read', done: 0, total: 100 }),
      overallPercent('backup', { phase: 'read', done: 100, total: 100 }),
      overallPercent('backup', { phase: 'compress', done: 50, total: 100 }),
      overallPercent('backup', { phase: 'checksum', done: 1, total: 1 }),
    ];
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps[0]).toBe(0);
    expect(steps[3]).toBe(100);
  });

  it('a restore counts import as most of the work, and never passes 100', () => {
    expect(overallPercent('restore', { phase: 'import', done: 50, total: 100 })).toBeCloseTo(47.5);
    expect(overallPercent('restore', { phase: 'validate', done: 1, total: 2 })).toBeCloseTo(86.5);
    expect(overallPercent('restore', { phase: 'switch', done: 5, total: 1 })).toBe(100);
    expect(overallPercent('restore', { phase: 'import', done: 0, total: 0 })).toBe(20);
  });

  it('names the phase, with row counts where there are rows', () => {
    expect(progressText(t, { phase: 'import', done: 1200, total: 5000 })).toBe('正在导入记录… 1200 / 5000');
    expect(progressText(t, { phase: 'validate', done: 30, total: 90 })).toBe('正在检查每条记录… 30 / 90');
    expect(progressText(t, { phase: 'compress', done: 10, total: 2000 })).toBe('正在压缩…');
    expect(progressText(t, { phase: 'switch', done: 0, total: 1 })).toBe('正在切换到恢复的数据…');
  });
});
