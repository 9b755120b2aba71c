import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '@shared/i18n';
import { phoneConfirmDefaults, phoneConfirmIssues } from './phone-confirm';

const t: Translate = (key, params) => translate('zh-CN', key, params);
const recipient = { name: '王五', phone: '13700137000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园 18 号' };

describe('SHP-1 confirmation call', () => {
  it('calls the customer on file and reads back the recipient, address and goods; contact not yet checked', () => {
    const v = phoneConfirmDefaults('GX20261127-002', { name: '张三', phones: ['010-62345678'], primaryPhone: '13800138000' }, recipient, 'PP棉滤芯×2', t);
    expect(v.contact).toBe('张三');
    expect(v.phone).toBe('13800138000');
    expect(v.content).toContain('王五');
    expect(v.content).toContain('广东省深圳市南山区科技园 18 号');
    expect(v.content).toContain('PP棉滤芯×2');
    expect(v.contactChecked).toBe(false);
  });
});

describe('the confirmation call form', () => {
  it('SHP-1: refuses a phone with letters and a blank content at their fields before anything is written', () => {
    expect(phoneConfirmIssues({ phone: '138abc00138000', content: '' })).toEqual([
      { path: 'phone', message: 'phone.error.chars' },
      { path: 'content', message: 'call.error.contentRequired' },
    ]);
    expect(phoneConfirmIssues({ phone: '138-0013-8000', content: '核对收货人' })).toEqual([]);
  });
});
