import { describe, expect, it } from 'vitest';
import { translate } from '@shared/i18n';
import { issuesByPath, issueText } from './issue-text';

const zh = (key: Parameters<typeof translate>[1]) => translate('zh-CN', key);

describe('issue messages next to the field', () => {
  it('translates a dictionary key and passes a ready message through', () => {
    expect(issueText((k) => translate('zh-CN', k), 'call.error.phoneOrCustomer')).toBe(zh('call.error.phoneOrCustomer'));
    expect(issueText((k) => translate('en', k), 'customer.error.nameRequired')).toBe("Enter the customer's name");
    expect(issueText((k) => translate('zh-CN', k), '磁盘已满')).toBe('磁盘已满');
  });

  it('keeps the first message per field', () => {
    const byPath = issuesByPath((k) => translate('zh-CN', k), [
      { path: 'phone', message: 'call.error.badPhone' },
      { path: 'phone', message: 'call.error.phoneOrCustomer' },
      { path: 'at', message: 'call.error.time' },
    ]);
    expect(byPath).toEqual({ phone: zh('call.error.badPhone'), at: zh('call.error.time') });
  });
});
