import { describe, expect, it } from 'vitest';
import type { Customer } from '@shared/domain/customer';
import { validateRequest } from '@shared/service/request';
import { actionsFor } from './request-actions';
import { blankRequestForm, formToRequestInput, withCustomer } from './request-form';

const customer: Customer = {
  id: 4, name: '张伟', type: 'member', phones: ['13800138000'], grade: 'A', isKey: true, searchKeys: [], createdAt: 0, updatedAt: 0,
  addresses: [{ province: '北京市', city: '北京市', district: '朝阳区', detail: '建国路 88 号', isDefault: true }],
};

describe('service request form', () => {
  it('fills the blanks from the chosen customer and takes the priority from grade and key flag', () => {
    const v = withCustomer({ ...blankRequestForm(), contact: '张太太' }, customer);
    expect(v).toMatchObject({ customerId: 4, contact: '张太太', phone: '13800138000', priority: 1 });
    expect(v.address).toContain('建国路 88 号');
  });

  it('SVC-1: a form without contact and phone is refused by the shared rule', () => {
    const issues = validateRequest(formToRequestInput({ ...blankRequestForm(), problem: '漏水' }));
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['contact', 'phone']));
    expect(formToRequestInput(blankRequestForm())).not.toHaveProperty('customerId');
  });

  it('offers dispatch before the analysis (SVC-1 then refuses) and nothing once closed', () => {
    expect(actionsFor('registered')).toContain('dispatch');
    expect(actionsFor('dispatched')).toContain('changeDispatch');
    expect(actionsFor('visited')).toContain('report');
    expect(actionsFor('closed')).toEqual([]);
  });
});
