import type { Action } from '../auth/permissions';
import type { Role } from '../auth/roles';
import { defineStrings } from './define';

/**
 * The rules' own words for staff, sign-in, roles, permissions, supervisor approval and voids: the
 * messages the repositories' refusals map to. The session screens' layout words live in session.ts.
 */
const zh = {
  'role.frontdesk': '售后/前台',
  'role.warehouse': '库管',
  'role.logistics': '物流',
  'role.supervisor': '主管',

  'permission.denied': '当前账号没有权限执行此操作:{action}',
  'permission.action.customer.write': '编辑客户',
  'permission.action.call.write': '登记电话记录',
  'permission.action.slip.create': '填写购销单',
  'permission.action.outbound.release': '出库放行',
  'permission.action.stock.receive': '入库收货',
  'permission.action.shipment.pack': '清点打包',
  'permission.action.settlement.settle': '日结',
  'permission.action.approve': '主管签字批准',
  'permission.action.record.void': '作废记录',
  'permission.action.export': '导出 Excel',
  'permission.action.backup.create': '备份数据',
  'permission.action.backup.restore': '恢复备份',
  'permission.action.staff.manage': '管理员工',
  'permission.action.audit.view': '查看审计日志',
  'permission.action.settings.manage': '修改设置',
  'permission.action.template.manage': '管理打印模板',
  'permission.action.service.write': '登记服务记录',
  'permission.action.review': '审阅质量记录',
  'permission.action.record.remove': '清理到期记录',
  'permission.action.shipment.waybill': '打印快递单、登记单号',
  'permission.action.shipment.track': '跟踪发货状态',
  'permission.needsRoles': '需要{roles}人员',
  'permission.needsSupervisor': '需要主管',
  'permission.or': '或',

  'auth.wrongPin': 'PIN 不正确',
  'auth.locked': '该账号已锁定,请于 {time} 后再试',
  'auth.inactive': '该账号已停用,请联系主管',

  'approval.title': '主管签字',
  'approval.required': '此操作需要主管签字批准',
  'approval.signedBy': '{name} 于 {time} 签字批准',
  'approval.error.notSupervisor': '签字人必须是在职主管',
  'approval.error.stale': '签字已超时,请主管重新签字',
  'approval.field.supervisor': '批准主管',
  'approval.field.at': '签字时间',
  'approval.field.note': '签字备注',

  'void.voided': '已作废',
  'void.mark': '已作废:{reason}({name},{time})',
  'void.permanentNoDelete': '此记录永久保存,不能删除,只能作废',
  'void.field.reason': '作废原因',
  'void.field.at': '作废时间',
  'void.field.by': '作废人',
  'void.error.reasonRequired': '请填写作废原因',
  'void.error.reasonTooLong': '作废原因不能超过 500 字',
  'void.error.alreadyVoided': '该记录已作废,不能再次作废',

  'staff.field.name': '姓名',
  'staff.field.roles': '角色',
  'staff.field.pin': 'PIN',
  'staff.field.active': '在职',
  'staff.field.createdAt': '建档时间',
  'staff.field.pinChangedAt': 'PIN 设置时间',
  'staff.field.lockedUntil': '锁定至',
  'staff.error.nameRequired': '请填写姓名',
  'staff.error.nameTooLong': '姓名不能超过 30 个字',
  'staff.error.rolesRequired': '请至少选择一个角色',
  'staff.error.unknownRole': '未知的角色',
  'staff.error.pinFormat': 'PIN 须为 4–8 位数字',
  'staff.error.duplicateName': '已有同名的在职员工,请在姓名后加以区分',
  'staff.error.lastSupervisor': '至少要保留一名在职主管',
  'staff.error.notFound': '找不到该员工',
  'staff.error.alreadySetUp': '已经有员工账号,不能再创建首个主管账号',
} as const;

const en: Record<keyof typeof zh, string> = {
  'role.frontdesk': 'After-sales / front desk',
  'role.warehouse': 'Warehouse',
  'role.logistics': 'Logistics',
  'role.supervisor': 'Supervisor',

  'permission.denied': 'This account may not do this: {action}',
  'permission.action.customer.write': 'edit customers',
  'permission.action.call.write': 'log calls',
  'permission.action.slip.create': 'fill in purchase slips',
  'permission.action.outbound.release': 'release outbound goods',
  'permission.action.stock.receive': 'receive stock',
  'permission.action.shipment.pack': 'count and pack shipments',
  'permission.action.settlement.settle': 'settle the day',
  'permission.action.approve': 'sign approvals',
  'permission.action.record.void': 'void records',
  'permission.action.export': 'export to Excel',
  'permission.action.backup.create': 'back up the data',
  'permission.action.backup.restore': 'restore a backup',
  'permission.action.staff.manage': 'manage staff',
  'permission.action.audit.view': 'view the audit log',
  'permission.action.settings.manage': 'change settings',
  'permission.action.template.manage': 'manage print templates',
  'permission.action.service.write': 'record service work',
  'permission.action.review': 'review quality records',
  'permission.action.record.remove': 'remove expired records',
  'permission.action.shipment.waybill': 'print waybills and enter tracking numbers',
  'permission.action.shipment.track': 'follow shipments',
  'permission.needsRoles': 'Needs {roles} staff',
  'permission.needsSupervisor': 'Needs a supervisor',
  'permission.or': ' or ',

  'auth.wrongPin': 'Wrong PIN',
  'auth.locked': 'This account is locked; try again after {time}',
  'auth.inactive': 'This account is disabled; ask the supervisor',

  'approval.title': 'Supervisor approval',
  'approval.required': 'This needs a supervisor’s approval',
  'approval.signedBy': 'Approved by {name} at {time}',
  'approval.error.notSupervisor': 'The approver must be an active supervisor',
  'approval.error.stale': 'The approval has expired; the supervisor must sign again',
  'approval.field.supervisor': 'Approved by',
  'approval.field.at': 'Approved at',
  'approval.field.note': 'Approval note',

  'void.voided': 'Voided',
  'void.mark': 'Voided: {reason} ({name}, {time})',
  'void.permanentNoDelete': 'This record is kept permanently: it cannot be deleted, only voided',
  'void.field.reason': 'Reason for voiding',
  'void.field.at': 'Voided at',
  'void.field.by': 'Voided by',
  'void.error.reasonRequired': 'Enter the reason for voiding',
  'void.error.reasonTooLong': 'The reason can have at most 500 characters',
  'void.error.alreadyVoided': 'This record is already voided',

  'staff.field.name': 'Name',
  'staff.field.roles': 'Roles',
  'staff.field.pin': 'PIN',
  'staff.field.active': 'Active',
  'staff.field.createdAt': 'Created',
  'staff.field.pinChangedAt': 'PIN set',
  'staff.field.lockedUntil': 'Locked until',
  'staff.error.nameRequired': 'Enter the name',
  'staff.error.nameTooLong': 'The name can have at most 30 characters',
  'staff.error.rolesRequired': 'Choose at least one role',
  'staff.error.unknownRole': 'Unknown role',
  'staff.error.pinFormat': 'The PIN must be 4–8 digits',
  'staff.error.duplicateName': 'An active staff member already has this name; add something to tell them apart',
  'staff.error.lastSupervisor': 'At least one active supervisor must remain',
  'staff.error.notFound': 'Staff member not found',
  'staff.error.alreadySetUp': 'Staff accounts exist already; the first supervisor cannot be created again',
};

export const authStrings = defineStrings(zh, en);

type AuthKey = keyof typeof zh;

/** The label of each role, for lists and messages. */
export const roleLabelKeys = {
  frontdesk: 'role.frontdesk',
  warehouse: 'role.warehouse',
  logistics: 'role.logistics',
  supervisor: 'role.supervisor',
} as const satisfies Record<Role, AuthKey>;

/** The name of each permission action, for 'permission.denied' ({action}). */
export const actionLabelKeys = {
  'customer.write': 'permission.action.customer.write',
  'call.write': 'permission.action.call.write',
  'slip.create': 'permission.action.slip.create',
  'outbound.release': 'permission.action.outbound.release',
  'stock.receive': 'permission.action.stock.receive',
  'shipment.pack': 'permission.action.shipment.pack',
  'settlement.settle': 'permission.action.settlement.settle',
  'approve': 'permission.action.approve',
  'record.void': 'permission.action.record.void',
  'export': 'permission.action.export',
  'backup.create': 'permission.action.backup.create',
  'backup.restore': 'permission.action.backup.restore',
  'staff.manage': 'permission.action.staff.manage',
  'audit.view': 'permission.action.audit.view',
  'settings.manage': 'permission.action.settings.manage',
  'template.manage': 'permission.action.template.manage',
  'service.write': 'permission.action.service.write',
  'review': 'permission.action.review',
  'record.remove': 'permission.action.record.remove',
  'shipment.waybill': 'permission.action.shipment.waybill',
  'shipment.track': 'permission.action.shipment.track',
} as const satisfies Record<Action, AuthKey>;

/** The message for each refusal of signIn / approveAsSupervisor ('auth.locked' takes {time}). */
export const pinRefusalKeys = {
  wrong: 'auth.wrongPin',
  locked: 'auth.locked',
  inactive: 'auth.inactive',
  notSupervisor: 'approval.error.notSupervisor',
} as const satisfies Record<'wrong' | 'locked' | 'inactive' | 'notSupervisor', AuthKey>;
