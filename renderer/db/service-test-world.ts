import type { Actor } from '@shared/auth/roles';
import type { CallLogInput } from '@shared/domain/call-log';
import type { ServiceReportInput } from '@shared/service/report';
import { createCallLog } from './call-logs-repo';
import { createCustomer } from './customers-repo';
import { openStockWorld, type StockWorld } from './test-stock';

/**
 * The stock test world (real staff, approvals, products, a fixed clock: 2026-11-27 10:00) plus a
 * customer and the builders the issue-7 repository tests share.
 */
export interface ServiceWorld extends StockWorld {
  customerId: number;
  /** A technician on the staff list (front desk role). */
  tech: Actor;
  /** A call, entered now unless `enteredAt` says when. */
  call: (over?: Partial<CallLogInput>, enteredAt?: number) => Promise<number>;
  reportInput: (over?: Partial<ServiceReportInput>) => ServiceReportInput;
}

export const hour = 60 * 60 * 1000;
export const day = 24 * hour;

export async function openServiceWorld(): Promise<ServiceWorld> {
  const w = await openStockWorld();
  const customerId = await createCustomer(w.db, w.clerk, { name: '张伟', phones: ['13800138000'], address: '北京市朝阳区建国路 88 号' });
  const tech = w.clerk;
  return {
    ...w,
    customerId,
    tech,
    call: (over = {}, enteredAt?: number) =>
      createCallLog(w.db, w.clerk, { direction: 'in', at: w.t0, phone: '13800138000', customerId, contact: '张伟', topic: 'repair', content: '设备开机后不加热', result: '', ...over }, enteredAt),
    reportInput: (over = {}) => ({
      customerId, technicianIds: [tech.staffId], arrivalAt: w.t0, departureAt: w.t0 + hour, workDone: '更换加热管', partsUsed: [],
      result: 'resolved', feedback: '满意', customerSignatureName: '张伟', unresolvedProblems: [], ...over,
    }),
  };
}
