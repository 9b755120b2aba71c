import { describe, expect, it } from 'vitest';
import { normalizeCallLogInput, validateCallLog, type CallLogInput } from './call-log';

const base: CallLogInput = {
  direction: 'in',
  at: new Date(2026, 10, 5, 9, 30).getTime(),
  phone: '138-0013-8000',
  contact: '张伟',
  topic: 'repair',
  content: '设备不加热',
  result: '已安排上门',
};

describe('validateCallLog', () => {
  it('accepts a complete call', () => {
    expect(validateCallLog(base)).toEqual([]);
  });

  it('SHP-1/SHP-4/SHP-5: a call may name the slip or shipment it belongs to; a bad link is refused', () => {
    expect(validateCallLog({ ...base, ref: { type: 'slip', id: 3 } })).toEqual([]);
    expect(normalizeCallLogInput({ ...base, ref: { type: 'shipment', id: 4 } }).ref).toEqual({ type: 'shipment', id: 4 });
    const bad = [{ type: 'slip', id: 0 }, { type: 'order', id: 1 }] as unknown as CallLogInput['ref'][];
    for (const ref of bad) expect(validateCallLog({ ...base, ref })).toEqual([{ path: 'ref', message: 'call.error.badRef' }]);
  });

  it('refuses a call with neither phone nor customer, at the phone field', () => {
    expect(validateCallLog({ ...base, phone: '  ' })).toEqual([{ path: 'phone', message: 'call.error.phoneOrCustomer' }]);
  });

  it('accepts a known customer without phone', () => {
    expect(validateCallLog({ ...base, phone: '', customerId: 3 })).toEqual([]);
  });

  it('refuses a phone with letters at the field instead of saving its digits (138abc00138000)', () => {
    expect(validateCallLog({ ...base, phone: '138abc00138000' })).toEqual([{ path: 'phone', message: 'phone.error.chars' }]);
  });

  it('refuses a call whose content is blank: a call log says what the call was about', () => {
    expect(validateCallLog({ ...base, content: '  ' })).toEqual([{ path: 'content', message: 'call.error.contentRequired' }]);
  });

  it('refuses a malformed phone', () => {
    expect(validateCallLog({ ...base, phone: '12345' })).toEqual([{ path: 'phone', message: 'call.error.badPhone' }]);
  });

  it('refuses an impossible follow-up date and a bad time', () => {
    const paths = validateCallLog({ ...base, followUpDate: '2026-02-30', at: Number.NaN }).map((i) => i.path);
    expect(paths).toEqual(['at', 'followUpDate']);
  });

  it('refuses an unknown topic or direction (data from outside the form)', () => {
    const bad = JSON.parse(JSON.stringify({ ...base, topic: 'sales', direction: 'up' })) as CallLogInput;
    expect(validateCallLog(bad).map((i) => i.message)).toEqual(['call.error.direction', 'call.error.topic']);
  });

  it('refuses an over-long content', () => {
    expect(validateCallLog({ ...base, content: '长'.repeat(2001) })).toEqual([{ path: 'content', message: 'call.error.tooLong' }]);
  });
});

describe('normalizeCallLogInput', () => {
  it('normalizes the phone, trims text, drops a blank follow-up date', () => {
    const out = normalizeCallLogInput({ ...base, contact: ' 张伟 ', followUpDate: ' ' });
    expect(out.phone).toBe('13800138000');
    expect(out.contact).toBe('张伟');
    expect('followUpDate' in out).toBe(false);
    expect('customerId' in out).toBe(false);
  });
});
