/**
 * How long each kind of record is kept (DOMAIN.md, retention column). REC-1: a permanent record is
 * never deleted — it can only be voided, with a reason and a supervisor's approval; a one-year
 * record may be removed after its year, once it has been exported.
 */
export type Retention = 'permanent' | { years: 1 };

export const recordKinds = [
  'purchaseSlips',
  'shippingLists',
  'waybillLog',
  'shipmentLog',
  'stockMovements',
  'serviceReports',
  'serviceCards',
  'outstandingIssues',
  'callLogs',
  'secondaryAccounting',
  'leaveSheets',
] as const;
export type RecordKind = (typeof recordKinds)[number];

const oneYear = { years: 1 } as const;

export const retention: Readonly<Record<RecordKind, Retention>> = {
  purchaseSlips: 'permanent', // 产品购销单
  shippingLists: 'permanent', // 发货明细表
  waybillLog: 'permanent', // 快递单: the log of the kept third copies
  shipmentLog: 'permanent', // 发货登记
  stockMovements: 'permanent', // 入库单 / 出库单
  serviceReports: 'permanent', // 服务报告
  serviceCards: oneYear, // 服务卡
  outstandingIssues: 'permanent', // 遗留问题记录: not stated in the duties, kept permanently
  callLogs: 'permanent', // 电话记录
  secondaryAccounting: 'permanent', // 售后服务中心二级核算表
  leaveSheets: oneYear, // 调休表, 申请不出差表
};

export function retentionOf(kind: RecordKind): Retention {
  return retention[kind];
}

/** REC-1: true when records of this kind are never deleted, only voided. */
export function isPermanent(kind: RecordKind): boolean {
  return retention[kind] === 'permanent';
}
