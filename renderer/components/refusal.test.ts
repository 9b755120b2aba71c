import { describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import { translate, type Translate } from '@shared/i18n';
import { ValidationError } from '@shared/validation';
import { hasRefusal, noRefusal, refusalOf } from './refusal';

const t: Translate = (key, params) => translate('zh-CN', key, params);
const fields = new Set(['code', 'name']);

describe('refused writes on a form', () => {
  it('puts field issues beside their fields and the rest in one message', () => {
    const e = new ValidationError([
      { path: 'code', message: 'product.error.codeInUse' },
      { path: 'day', message: 'stock.settlement.dayLocked' },
    ]);
    const r = refusalOf(t, e, (p) => fields.has(p));
    expect(r.fields).toEqual({ code: '该产品编码已被使用,请换一个编码' });
    expect(r.message).toContain(t('stock.settlement.dayLocked'));
    expect(hasRefusal(r)).toBe(true);
  });

  it('says a refused role in words, and an unexpected error with its message', () => {
    expect(refusalOf(t, new PermissionError('stock.receive'), () => true).message).toBe(t('session.error.permission'));
    expect(refusalOf(t, new Error('disk full'), () => true).message).toContain('disk full');
    expect(hasRefusal(noRefusal)).toBe(false);
  });
});
