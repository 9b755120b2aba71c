/**
 * Audit entries as people read them: table and action names, field labels from the dictionary, and
 * values in words (call topics, roles, dates, a void's reason) instead of stored codes.
 */
import dayjs from 'dayjs';
import type { AuditAction, AuditEntry } from '@shared/audit/audit';
import type { VoidMark } from '@shared/auth/approval';
import { roles } from '@shared/auth/roles';
import { customerTypes, type CustomerType } from '@shared/crm/customer-profile';
import { callDirections, callTopics, type CallDirection, type CallTopic } from '@shared/domain/call-log';
import type { StringKey, Translate } from '@shared/i18n';
import { roleLabel } from '../auth/role-labels';

export const actionLabel: Record<AuditAction, StringKey> = {
  create: 'audit.action.create',
  update: 'audit.action.update',
  void: 'audit.action.void',
  restore: 'audit.action.restore',
  remove: 'audit.action.remove',
  approve: 'audit.action.approve',
  undoRestore: 'audit.action.undoRestore',
  confirmRestore: 'audit.action.confirmRestore',
};

/** The tables an audit entry can name, in the order the filter lists them. */
export const auditTables = ['customers', 'callLogs', 'staff', 'exports', 'settings', 'templates', 'printProfiles', 'database'] as const;

const tableLabels: Record<string, StringKey> = {
  customers: 'audit.table.customers',
  callLogs: 'audit.table.callLogs',
  settings: 'audit.table.settings',
  exports: 'audit.table.exports',
  staff: 'audit.table.staff',
  auditLog: 'audit.table.auditLog',
  templates: 'audit.table.templates',
  printProfiles: 'audit.table.printProfiles',
  database: 'audit.table.database',
};

/** A table's name in words; a table this build does not know keeps its stored name. */
export function tableLabel(t: Translate, table: string): string {
  const key = tableLabels[table];
  return key ? t(key) : table;
}

const fieldLabels: Record<string, Record<string, StringKey>> = {
  customers: {
    name: 'customer.field.name',
    phones: 'customer.field.phones',
    address: 'customer.field.address',
    notes: 'customer.field.notes',
    createdAt: 'customer.field.createdAt',
    updatedAt: 'customer.field.updatedAt',
    createdById: 'audit.field.createdById',
    type: 'crm.field.type',
    memberNo: 'crm.field.memberNo',
    storeNo: 'crm.field.storeNo',
    primaryPhone: 'crm.field.primaryPhone',
    addresses: 'crm.field.addresses',
    grade: 'crm.field.grade',
    isKey: 'crm.field.isKey',
    source: 'crm.field.source',
  },
  callLogs: {
    at: 'call.field.at',
    direction: 'call.field.direction',
    phone: 'call.field.phone',
    customerId: 'call.field.customer',
    contact: 'call.field.contact',
    topic: 'call.field.topic',
    content: 'call.field.content',
    result: 'call.field.result',
    followUpDate: 'call.field.followUpDate',
    createdAt: 'call.field.createdAt',
    handlerName: 'audit.field.handler',
    voided: 'audit.field.voided',
  },
  staff: {
    name: 'audit.field.staffName',
    roles: 'audit.field.roles',
    active: 'audit.field.active',
    pinHash: 'audit.field.pin',
    pinChangedAt: 'audit.field.pinChangedAt',
    locked: 'audit.field.locked',
  },
  exports: {
    kind: 'audit.field.kind',
    rangeFrom: 'audit.field.rangeFrom',
    rangeTo: 'audit.field.rangeTo',
    rowCount: 'audit.field.rowCount',
    fileName: 'audit.field.fileName',
    location: 'audit.field.location',
    createdAt: 'exports.col.time',
    sha256: 'exports.col.sha',
  },
  settings: { key: 'audit.field.key', value: 'audit.field.value', backupPassword: 'audit.field.backupPassword' },
  // Restoring, undoing or confirming a restore, removing an unused data copy.
  database: {
    fileName: 'audit.field.fileName',
    restoredAt: 'audit.field.restoredAt',
    approvedBy: 'audit.field.approvedBy',
    rows: 'audit.field.rows',
    createdAt: 'audit.field.copyCreatedAt',
    manifest: 'audit.field.backupMadeAt',
    approval: 'audit.field.approvedBy',
    protection: 'audit.field.protection',
    staffChanges: 'audit.field.staffChanges',
    auditLost: 'audit.field.auditLost',
    unprotectedConfirmed: 'audit.field.unprotectedConfirmed',
    auditLossConfirmed: 'audit.field.auditLossConfirmed',
  },
};

/** A field's label where the dictionary has one, else its stored name. */
export function fieldLabel(t: Translate, table: string, field: string): string {
  const key = fieldLabels[table]?.[field];
  return key ? t(key) : field;
}

/**
 * Index or bookkeeping fields nobody reads, the PIN hash parts (a PIN change shows as one 'PIN' line)
 * and the handler's id (the handler's name says who, and is kept beside it).
 */
const hiddenFields = new Set(['id', 'searchKeys', 'pinSalt', 'pinIterations', 'failedAttempts', 'lockedUntil', 'handlerId', 'createdById']);

/** Fields derived from another one on write: shown only when their source did not change with them. */
const derivedFrom: Record<string, Record<string, string>> = { customers: { address: 'addresses' } };
const timeFields = new Set(['at', 'createdAt', 'updatedAt', 'pinChangedAt', 'restoredAt', 'backupPassword']);
const protectionLabel: Record<string, StringKey> = {
  device: 'backup.protection.device',
  password: 'backup.protection.password',
  unprotected: 'backup.protection.unprotected',
};
const directionLabel: Record<CallDirection, StringKey> = { in: 'call.direction.in', out: 'call.direction.out' };
const customerTypeLabel: Record<CustomerType, StringKey> = {
  ordinary: 'crm.type.ordinary',
  member: 'crm.type.member',
  store: 'crm.type.store',
};
const topicLabel: Record<CallTopic, StringKey> = {
  consult: 'call.topic.consult',
  repair: 'call.topic.repair',
  complaint: 'call.topic.complaint',
  followup: 'call.topic.followup',
  logistics: 'call.topic.logistics',
  other: 'call.topic.other',
};

function isVoidMark(v: unknown): v is VoidMark {
  return typeof v === 'object' && v !== null && 'reason' in v && 'approval' in v;
}

/** A customer address (province, city, district, detail) on one line, as the lists show it. */
function isAddress(v: unknown): v is { province: string; city: string; district: string; detail: string } {
  return typeof v === 'object' && v !== null && 'detail' in v && 'province' in v;
}

function isRecordWith<K extends string>(v: unknown, key: K): v is Record<K, unknown> {
  return typeof v === 'object' && v !== null && key in v;
}

function isOneOf<T extends string>(list: readonly T[], v: unknown): v is T {
  return typeof v === 'string' && (list as readonly string[]).includes(v);
}

/** One stored value in words. */
export function valueText(t: Translate, table: string, field: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return t('audit.value.empty');
  if (Array.isArray(value) && value.length === 0) return t('audit.value.empty');
  if (field === 'pinHash') return '••••';
  if (typeof value === 'boolean') return t(value ? 'audit.value.yes' : 'audit.value.no');
  if (typeof value === 'number' && timeFields.has(field)) return dayjs(value).format('YYYY-MM-DD HH:mm');
  if (table === 'callLogs' && field === 'direction' && isOneOf(callDirections, value)) return t(directionLabel[value]);
  if (table === 'callLogs' && field === 'topic' && isOneOf(callTopics, value)) return t(topicLabel[value]);
  if (table === 'customers' && field === 'type' && isOneOf(customerTypes, value)) return t(customerTypeLabel[value]);
  // A restore keeps the file's whole manifest and the approval: in words, when the backup was made and who signed.
  if (table === 'database' && field === 'manifest' && isRecordWith(value, 'createdAt')) return dayjs(Number(value.createdAt)).format('YYYY-MM-DD HH:mm');
  if (field === 'approval' && isRecordWith(value, 'supervisorName')) return String(value.supervisorName);
  if (table === 'database' && field === 'protection' && typeof value === 'string' && Object.hasOwn(protectionLabel, value)) {
    return t(protectionLabel[value] ?? 'audit.value.empty');
  }
  if (field === 'roles' && Array.isArray(value)) {
    return value.map((r) => (isOneOf(roles, r) ? t(roleLabel[r]) : String(r))).join(t('list.separator'));
  }
  if (Array.isArray(value)) return value.map((v) => valueText(t, table, field, v)).join(t('list.separator'));
  if (isAddress(value)) return [value.province, value.city, value.district, value.detail].join('');
  if (isVoidMark(value)) return t('audit.value.void', { reason: value.reason, approver: value.approval.supervisorName });
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export interface FieldChange {
  field: string;
  label: string;
  /** Absent for a field the record did not have before (a created record, a new field). */
  before?: string;
  after: string;
}

/** The fields an entry changed, labelled and in words; for a create, the new record's filled fields. */
export function entryChanges(t: Translate, entry: Pick<AuditEntry, 'table' | 'before' | 'after'>): FieldChange[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const all = new Set([...Object.keys(before), ...Object.keys(after)]);
  const derived = derivedFrom[entry.table] ?? {};
  const fields = [...all].filter((f) => !hiddenFields.has(f) && !all.has(derived[f] ?? ''));
  return fields.map((field) => {
    const text = (v: unknown) => valueText(t, entry.table, field, v);
    const change: FieldChange = { field, label: fieldLabel(t, entry.table, field), after: text(after[field]) };
    return entry.before && field in before ? { ...change, before: text(before[field]) } : change;
  });
}

/** One line for the audit grid: "内容:旧 → 新;处理结果:(空) → 已回复". */
export function changesSummary(t: Translate, entry: Pick<AuditEntry, 'table' | 'before' | 'after'>): string {
  const changes = entryChanges(t, entry);
  if (changes.length === 0) return t('audit.noChanges');
  return changes
    .map((c) =>
      c.before === undefined
        ? t('audit.change.set', { field: c.label, after: c.after })
        : t('audit.change', { field: c.label, before: c.before, after: c.after }),
    )
    .join(t('audit.separator'));
}
