import type { Customer } from '@shared/domain/customer';
import type { Translate } from '@shared/i18n';
import type { Product } from '@shared/products/product';
import type { ServiceReport } from '@shared/service/report';
import type { ServiceRequest } from '@shared/service/request';
import type { ServiceReportPrintData } from '@shared/templates/builtin/service-data';

export interface ReportPrintContext {
  request?: Pick<ServiceRequest, 'no' | 'problem' | 'productId' | 'serialNo' | 'address' | 'phone'>;
  customer?: Pick<Customer, 'name' | 'phones' | 'address'>;
  staff: ReadonlyMap<number, string>;
  products: ReadonlyMap<number, Pick<Product, 'name' | 'unit'>>;
}

/** A saved report with its names resolved, as the printed form (服务报告, A4) shows it. */
export function reportPrintData(t: Translate, r: ServiceReport, ctx: ReportPrintContext): ServiceReportPrintData {
  const { request, customer, staff, products } = ctx;
  const product = request?.productId !== undefined ? products.get(request.productId) : undefined;
  return {
    requestNo: request?.no ?? '',
    reportDate: r.departureAt,
    customer: customer?.name ?? '',
    phone: request?.phone || customer?.phones[0] || '',
    address: request?.address || customer?.address || '',
    product: product?.name ?? '',
    serialNo: request?.serialNo ?? '',
    technicians: r.technicianIds.map((id) => staff.get(id) ?? `#${id}`),
    arrivalAt: r.arrivalAt,
    departureAt: r.departureAt,
    problem: request?.problem ?? '',
    workDone: r.workDone,
    parts: r.partsUsed.map((p) => {
      const part = products.get(p.productId);
      return { name: part?.name ?? `#${p.productId}`, qty: p.qty, ...(part?.unit ? { unit: part.unit } : {}) };
    }),
    result: t(`service.result.${r.result}`),
    unresolved: r.unresolvedProblems,
    feedback: r.feedback,
    customerSignatureName: r.customerSignatureName,
  };
}
