/**
 * What the service report and the service card print, and its mapping to the flat records their
 * templates read. The service screens resolve names (customer, staff, products) and hand these in.
 */
import type { TemplateRecord } from '../format';

export interface PrintedPart {
  name: string;
  qty: number;
  unit?: string;
}

export interface ServiceReportPrintData {
  requestNo: string;
  /** Local date 'YYYY-MM-DD' or epoch ms. */
  reportDate: string | number;
  customer: string;
  phone: string;
  address: string;
  product: string;
  serialNo: string;
  technicians: readonly string[];
  /** Epoch ms or 'YYYY-MM-DD HH:mm'. */
  arrivalAt: string | number;
  departureAt: string | number;
  problem: string;
  workDone: string;
  parts: readonly PrintedPart[];
  /** Already in words (已解决 …). */
  result: string;
  unresolved: readonly string[];
  feedback: string;
  customerSignatureName: string;
}

export interface ServiceCardPrintData {
  cardNo: string;
  customer: string;
  phone: string;
  address: string;
  product: string;
  serialNo: string;
  serviceDate: string;
  nextServiceDate: string;
  content: string;
  technician: string;
}

/** "PP棉滤芯 ×2 个、RO膜滤芯 ×1 个": the parts on a few lines of the form. */
export function partsText(parts: readonly PrintedPart[], separator = '、'): string {
  return parts.map((p) => `${p.name} ×${p.qty}${p.unit ? ` ${p.unit}` : ''}`).join(separator);
}

/** Numbered lines, one per problem, so each reads as its own item on paper. */
export function numberedLines(items: readonly string[]): string {
  return items.map((text, i) => `${i + 1}. ${text.trim()}`).join('\n');
}

export function serviceReportRecord(d: ServiceReportPrintData): TemplateRecord {
  return {
    requestNo: d.requestNo,
    reportDate: d.reportDate,
    customer: d.customer,
    phone: d.phone,
    address: d.address,
    product: d.product,
    serialNo: d.serialNo,
    technicians: d.technicians.join('、'),
    arrivalAt: d.arrivalAt,
    departureAt: d.departureAt,
    problem: d.problem,
    workDone: d.workDone,
    partsUsed: partsText(d.parts),
    result: d.result,
    unresolved: numberedLines(d.unresolved),
    feedback: d.feedback,
    customerSignatureName: d.customerSignatureName,
  };
}

export function serviceCardRecord(d: ServiceCardPrintData): TemplateRecord {
  return { ...d };
}

/** Sample data for the designer's preview and the tests: long enough to wrap, Chinese throughout. */
export const sampleServiceReport: ServiceReportPrintData = {
  requestNo: 'FW20250314-002',
  reportDate: '2025-03-14',
  customer: '张三丰',
  phone: '13912345678',
  address: '广东省深圳市南山区科技园南区高新南七道 18 号深圳软件产业基地 4 栋 B 座 1203 室',
  product: '净水器主机 RO-400G',
  serialNo: 'JSQ2024100388',
  technicians: ['王师傅', '李强'],
  arrivalAt: '2025-03-14 09:30',
  departureAt: '2025-03-14 11:10',
  problem: '开机后不加热,指示灯闪烁',
  workDone: '检查电源与水压正常;拆机发现加热器模块老化烧毁,更换加热器模块;清洗管路并更换前置 PP 棉滤芯,试机 30 分钟出水正常,加热恢复。',
  parts: [
    { name: '加热器模块', qty: 1, unit: '个' },
    { name: 'PP棉滤芯', qty: 2, unit: '个' },
  ],
  result: '部分解决',
  unresolved: ['出水口偶有滴水,需更换出水阀门(库存已申领)', '建议三个月后复查 RO 膜'],
  feedback: '师傅准时到达,讲解清楚,满意。',
  customerSignatureName: '张三丰',
};

export const sampleServiceCard: ServiceCardPrintData = {
  cardNo: 'FK20250314-001',
  customer: '张三丰',
  phone: '13912345678',
  address: '广东省深圳市南山区科技园南区高新南七道 18 号',
  product: '净水器主机 RO-400G',
  serialNo: 'JSQ2024100388',
  serviceDate: '2025-03-14',
  nextServiceDate: '2025-09-14',
  content: '更换加热器模块和 PP 棉滤芯,清洗管路,试机正常;提醒客户六个月后更换滤芯。',
  technician: '王师傅',
};
