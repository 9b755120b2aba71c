import { describe, expect, it } from 'vitest';
import { validateCallLog } from '@shared/domain/call-log';
import { formToCallInput, newCallForm } from './call-form';

const now = new Date(2026, 4, 6, 10, 15).getTime();

describe('call quick-entry form', () => {
  it('starts as an incoming call at the current time', () => {
    expect(newCallForm(now)).toMatchObject({ direction: 'in', at: now, phone: '', followUpDate: '' });
  });

  it('trims the texts, links the matched customer and leaves an empty follow-up date out', () => {
    const input = formToCallInput({ ...newCallForm(now), phone: ' 13800138000 ', content: ' 咨询保修 ' }, 7);
    expect(input).toMatchObject({ phone: '13800138000', customerId: 7, content: '咨询保修', followUpDate: undefined });
    expect(validateCallLog(input)).toEqual([]);
  });

  it('a call with neither phone nor customer is refused at the phone field', () => {
    const issues = validateCallLog(formToCallInput({ ...newCallForm(now), phone: '   ', content: '无号码' }, undefined));
    expect(issues).toEqual([{ path: 'phone', message: 'call.error.phoneOrCustomer' }]);
  });

  it('a cleared time field is refused rather than saved as a bogus date', () => {
    const issues = validateCallLog(formToCallInput({ ...newCallForm(now), at: Number.NaN, phone: '13800138000', content: '咨询滤芯价格' }, undefined));
    expect(issues.map((i) => i.path)).toEqual(['at']);
  });
});
