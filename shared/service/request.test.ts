import { describe, expect, it } from 'vitest';
import {
  defaultPriority,
  isServiceRequestNo,
  registerRequest,
  requestInputFromCall,
  serviceRequestNo,
  validateRequest,
  type ServiceRequestInput,
} from './request';
import { t0 } from './test-fixtures';

const input: ServiceRequestInput = {
  contact: ' 张伟 ',
  phone: '138-0013-8000',
  address: '北京市朝阳区建国路 88 号',
  serialNo: ' SN-001 ',
  problem: '设备开机后不加热',
  priority: 2,
};

const messages = (issues: { message: string }[]) => issues.map((i) => i.message);

describe('service request numbers', () => {
  it('numbers a day’s requests FW + date + sequence', () => {
    expect(serviceRequestNo('2026-11-27', 0)).toBe('FW20261127-001');
    expect(serviceRequestNo('2026-11-27', 41)).toBe('FW20261127-042');
    expect(isServiceRequestNo('FW20261127-001')).toBe(true);
    expect(isServiceRequestNo('RK20261127-001')).toBe(false);
  });
});

describe('defaultPriority', () => {
  it('follows the customer grade, A most urgent', () => {
    expect(defaultPriority({ grade: 'A', isKey: false })).toBe(1);
    expect(defaultPriority({ grade: 'B', isKey: false })).toBe(2);
    expect(defaultPriority({ grade: 'D', isKey: false })).toBe(4);
  });

  it('serves an ungraded or unknown customer as normal', () => {
    expect(defaultPriority({ isKey: false })).toBe(3);
    expect(defaultPriority()).toBe(3);
  });

  it('makes a key customer one step more urgent, never past 1', () => {
    expect(defaultPriority({ grade: 'C', isKey: true })).toBe(2);
    expect(defaultPriority({ isKey: true })).toBe(2);
    expect(defaultPriority({ grade: 'A', isKey: true })).toBe(1);
  });
});

describe('validateRequest', () => {
  it('SVC-1: a request is registered with contact person and phone', () => {
    const issues = validateRequest({ ...input, contact: ' ', phone: '' });
    expect(issues).toEqual([
      { path: 'contact', message: 'service.request.error.contactRequired' },
      { path: 'phone', message: 'service.request.error.phoneRequired' },
    ]);
  });

  it('SVC-1: a contact phone with letters is refused at the field', () => {
    expect(validateRequest({ ...input, phone: '138abc00138000' })).toEqual([{ path: 'phone', message: 'phone.error.chars' }]);
  });

  it('refuses a bad phone, a missing problem, a priority outside 1–4 and a bad id', () => {
    const issues = validateRequest({ ...input, phone: '123', problem: '', priority: 5 as never, customerId: 0 });
    expect(messages(issues)).toEqual([
      'service.request.error.badPhone',
      'service.request.error.problemRequired',
      'service.request.error.badPriority',
      'service.request.error.badId',
    ]);
  });

  it('accepts a complete input', () => {
    expect(validateRequest(input)).toEqual([]);
  });
});

describe('registerRequest', () => {
  it('stores trimmed text and the normalized phone as 已登记', () => {
    const r = registerRequest(input, 'FW20261127-001', t0);
    expect(r.ok && r.value).toMatchObject({
      no: 'FW20261127-001', contact: '张伟', phone: '13800138000', serialNo: 'SN-001', status: 'registered', dispatchChanges: [], createdAt: t0,
    });
  });

  it('refuses a malformed number', () => {
    const r = registerRequest(input, 'FW-1', t0);
    expect(r.ok ? [] : messages(r.issues)).toEqual(['service.request.error.badNo']);
  });
});

describe('requestInputFromCall', () => {
  it('prefills contact, phone, default address, problem and priority from the call and customer', () => {
    const customer = {
      name: '张伟', phones: ['13800138000'], primaryPhone: '13800138000', grade: 'B' as const, isKey: true,
      addresses: [{ province: '北京市', city: '北京市', district: '朝阳区', detail: '建国路 88 号', isDefault: true }],
    };
    const draft = requestInputFromCall({ id: 5, contact: '', phone: '', content: ' 不加热 ', customerId: 7 }, customer);
    expect(draft).toEqual({
      contact: '张伟', phone: '13800138000', address: '北京市朝阳区建国路 88 号', serialNo: '', problem: '不加热', priority: 1, fromCallId: 5, customerId: 7,
    });
  });
});
