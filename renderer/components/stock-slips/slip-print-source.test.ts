import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@shared/i18n';
import type { StockSlipView } from '@shared/stock/stock-slip';
import { neutralProfile } from '@shared/templates/calibration';
import { stockSlipTemplate } from '@shared/templates/builtin/stock-slip';
import { toPrintDocument } from '../../print/print-document';
import { stockSlipPrintSource } from './slip-print-source';

const t: Translate = (key, params) => translate('zh-CN', key, params);
const products = new Map([[1, { code: 'LX-PP', name: 'PP棉滤芯', spec: '10 寸', unit: '支' }]]);
const slip = (lines: number): StockSlipView => ({
  docNo: 'CK20261127-001', direction: 'out', category: 'exchangeOut', day: '2026-11-27', at: 1, handlerName: '李强', movementIds: [1], ref: { type: 'exchange', id: 1 },
  lines: Array.from({ length: lines }, (_, i) => ({ productId: 1, qty: i + 1, location: 'sellable' as const })),
  source: { counterparty: '张伟', signers: [{ role: 'keeper', name: '李强' }] },
});
const options = { mode: 'full' as const, separateCopies: false, lang: 'zh-CN' as const, title: '出库单 CK20261127-001' };

describe('stock slip print source', () => {
  it('prints on its own 241×93 form with the printer\'s calibration profile applied', () => {
    const setup = (offsetXMm: number) => ({ template: stockSlipTemplate('stock-slip-out'), profile: { ...neutralProfile, offsetXMm }, printerName: 'LQ-630K' });
    const neutral = stockSlipPrintSource(setup(0), slip(1), products, t, options);
    const shifted = stockSlipPrintSource(setup(2.5), slip(1), products, t, options);
    expect(shifted.pageSize).toEqual({ widthMm: 241, heightMm: 93 });
    expect(shifted.printerName).toBe('LQ-630K');
    const [a, b] = [toPrintDocument(neutral).html, toPrintDocument(shifted).html];
    expect(a).not.toEqual(b);
    expect(b).toContain('translate(2.5 0)');
    expect(a).not.toContain('translate(');
    expect(b).toContain('换货出库');
  });

  it('plain paper: 存根, 仓库 and 财务 each on its own sheet; a long slip on several sheets', () => {
    const setup = { template: stockSlipTemplate('stock-slip-out'), profile: neutralProfile };
    const source = stockSlipPrintSource(setup, slip(8), products, t, { ...options, separateCopies: true });
    expect(source.pageCount).toBe(6);
    const html = toPrintDocument(source).html;
    for (const label of ['第一联 存根(白)', '第二联 仓库(红)', '第三联 财务(黄)', 'CK20261127-001 (2/2)']) expect(html).toContain(label);
  });
});
