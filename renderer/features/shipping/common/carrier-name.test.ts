import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@shared/i18n';
import { defaultCarriers } from '@shared/shipping/carriers';
import { carrierName } from './carrier-name';

const en: Translate = (key, params) => translate('en', key, params);

describe('carrier names', () => {
  it('translates a default carrier, shows a renamed or added one as typed', () => {
    expect(carrierName(defaultCarriers, 'SF', (k, p) => translate('zh-CN', k, p))).toBe('顺丰');
    expect(carrierName([{ code: 'SF', name: '顺丰速运', trackingUrl: '', active: true }], 'SF', en)).toBe('顺丰速运');
    expect(carrierName([{ code: 'ANE', name: '安能物流', trackingUrl: '', active: true }], 'ANE', en)).toBe('安能物流');
    expect(carrierName([], 'XX', en)).toBe('XX');
  });
});
