import type { Approval } from '../auth/approval';
import type { ServiceRequest } from './request';

/** Builders for the service tests (pure data; not used by the app). */

export const t0 = new Date(2026, 10, 27, 9, 0).getTime();
export const hour = 60 * 60 * 1000;

export function approvalAt(at: number): Approval {
  return { supervisorId: 9, supervisorName: '王主任', at, note: '同意' };
}

export function request(overrides: Partial<ServiceRequest> = {}): ServiceRequest {
  return {
    id: 1,
    no: 'FW20261127-001',
    contact: '张伟',
    phone: '13800138000',
    address: '北京市朝阳区建国路 88 号',
    serialNo: 'SN-001',
    problem: '设备开机后不加热',
    priority: 3,
    status: 'registered',
    dispatchChanges: [],
    createdAt: t0,
    ...overrides,
  };
}

export const analysis = { likelyCause: '加热管老化', referenceSolution: '更换加热管', materials: '加热管 1 根,万用表' };

export function analysedRequest(overrides: Partial<ServiceRequest> = {}): ServiceRequest {
  return request({ status: 'analysed', analysis, ...overrides });
}

export function dispatchedRequest(overrides: Partial<ServiceRequest> = {}): ServiceRequest {
  return analysedRequest({ status: 'dispatched', dispatch: { technicianIds: [3], plannedAt: t0 + 24 * hour }, ...overrides });
}
