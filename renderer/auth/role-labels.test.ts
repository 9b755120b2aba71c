import { describe, expect, it } from 'vitest';
import { translate, type StringKey } from '@shared/i18n';
import { whoMayText } from './role-labels';

const zh = (key: StringKey, params?: Record<string, string | number>) => translate('zh-CN', key, params);
const en = (key: StringKey, params?: Record<string, string | number>) => translate('en', key, params);

describe('who may press a greyed button', () => {
  it('SHP-2: names the roles in words, in both languages', () => {
    expect(whoMayText(zh, 'shipment.pack')).toBe('需要库管或物流人员');
    expect(whoMayText(zh, 'outbound.release')).toBe('需要库管人员');
    expect(whoMayText(zh, 'record.void')).toBe('需要主管');
    expect(whoMayText(en, 'shipment.pack')).toBe('Needs Warehouse or Logistics staff');
  });
});
