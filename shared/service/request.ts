import type { Approval } from '../auth/approval';
import type { CustomerProfile } from '../crm/customer-profile';
import { defaultAddress, formatAddress } from '../crm/customer-profile';
import type { CallLog } from '../domain/call-log';
import type { Customer } from '../domain/customer';
import { normalizePhone, phoneIssue } from '../domain/customer';
import { nextDocNo, parseDocNo } from '../stock/doc-no';
import type { Issue } from '../validation';
import { isId, issue, textIssues } from './messages';
import { okUnless, type Result } from './result';

/** 已登记 → 已分析 → 已派工 → 已上门 → 已完成, and 已关闭 at the end (or to give up on a request). */
export const requestStatuses = ['registered', 'analysed', 'dispatched', 'visited', 'completed', 'closed'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/** 1 is the most urgent. */
export const priorities = [1, 2, 3, 4] as const;
export type Priority = (typeof priorities)[number];

/** SVC-1: what is prepared before anyone goes out. */
export interface Analysis {
  likelyCause: string;
  referenceSolution: string;
  /** Materials and parts to bring. */
  materials: string;
}

/** SVC-2: a technician lent by another department, with that department's manager's approval. */
export interface BorrowedApproval {
  department: string;
  managerName: string;
  /** When the manager approved, epoch ms; before the dispatch is recorded. */
  approvedAt: number;
}

export interface Dispatch {
  technicianIds: number[];
  /** Planned visit, epoch ms. */
  plannedAt: number;
  borrowed?: BorrowedApproval;
}

/** SVC-2: one approved change of a planned dispatch; the history is kept on the request. */
export interface DispatchChange {
  at: number;
  from: Dispatch;
  to: Dispatch;
  reason: string;
  approval: Approval;
}

/** 服务需求. */
export interface ServiceRequest {
  id?: number;
  /** FW20261127-001. */
  no: string;
  fromCallId?: number;
  customerId?: number;
  contact: string;
  /** Normalized (digits only). */
  phone: string;
  address: string;
  productId?: number;
  serialNo: string;
  /** The problem as the customer described it. */
  problem: string;
  analysis?: Analysis;
  priority: Priority;
  status: RequestStatus;
  dispatch?: Dispatch;
  dispatchChanges: DispatchChange[];
  /** Why a request was closed before it was completed. */
  closeReason?: string;
  createdAt: number;
}

/** What the registration form hands in. */
export type ServiceRequestInput = Pick<ServiceRequest, 'contact' | 'phone' | 'address' | 'serialNo' | 'problem' | 'priority'> &
  Partial<Pick<ServiceRequest, 'fromCallId' | 'customerId' | 'productId'>>;

export const serviceRequestPrefix = 'FW';

/** The next request number of a day: `serviceRequestNo('2026-11-27', 0)` → 'FW20261127-001'. */
export function serviceRequestNo(day: string, existingCount: number): string {
  return nextDocNo(serviceRequestPrefix, day, existingCount);
}

export function isServiceRequestNo(no: string): boolean {
  return parseDocNo(no)?.prefix === serviceRequestPrefix;
}

export function isPriority(value: unknown): value is Priority {
  return priorities.some((p) => p === value);
}

const gradePriority = { A: 1, B: 2, C: 3, D: 4 } as const satisfies Record<string, Priority>;
/** An ungraded customer is served as a normal one. */
const ungradedPriority: Priority = 3;

/**
 * The starting priority of a request: the customer's grade (A → 1 … D → 4, ungraded → 3), one step
 * more urgent for a key customer (重点客户). The clerk may change it afterwards.
 */
export function defaultPriority(profile?: Partial<Pick<CustomerProfile, 'grade' | 'isKey'>>): Priority {
  const base: Priority = profile?.grade ? gradePriority[profile.grade] : ungradedPriority;
  if (!profile?.isKey) return base;
  return priorities[Math.max(0, priorities.indexOf(base) - 1)] ?? base;
}

function optionalIdIssues(input: ServiceRequestInput): Issue[] {
  const ids = ['fromCallId', 'customerId', 'productId'] as const;
  return ids.filter((k) => input[k] !== undefined && !isId(input[k])).map((k) => issue(k, 'service.request.error.badId'));
}

/** SVC-1: a request is registered with contact person and phone, and the problem as described. */
export function validateRequest(input: ServiceRequestInput): Issue[] {
  const issues: Issue[] = [...textIssues(input.contact, 'contact', 'service.request.error.contactRequired')];
  const phone = input.phone.trim();
  if (phone === '') issues.push(issue('phone', 'service.request.error.phoneRequired'));
  else {
    const bad = phoneIssue(phone, 'phone', 'service.request.error.badPhone');
    if (bad) issues.push(bad);
  }
  issues.push(...textIssues(input.address, 'address'), ...textIssues(input.serialNo, 'serialNo'));
  issues.push(...textIssues(input.problem, 'problem', 'service.request.error.problemRequired'));
  if (!isPriority(input.priority)) issues.push(issue('priority', 'service.request.error.badPriority'));
  return [...issues, ...optionalIdIssues(input)];
}

/** A registered request (已登记) from checked input: text trimmed, phone normalized, no analysis yet. */
export function registerRequest(input: ServiceRequestInput, no: string, at: number): Result<ServiceRequest> {
  const issues = validateRequest(input);
  if (!isServiceRequestNo(no)) issues.push(issue('no', 'service.request.error.badNo'));
  return okUnless(issues, () => ({
    ...input,
    no,
    contact: input.contact.trim(),
    phone: normalizePhone(input.phone),
    address: input.address.trim(),
    serialNo: input.serialNo.trim(),
    problem: input.problem.trim(),
    status: 'registered',
    dispatchChanges: [],
    createdAt: at,
  }));
}

/**
 * The form's starting values when a request is registered from a call (one click from the call log
 * or the customer card): the caller's contact and phone, the customer's default address, the call's
 * content as the problem, and the priority from the customer's grade.
 */
export function requestInputFromCall(
  call: Pick<CallLog, 'id' | 'contact' | 'phone' | 'content' | 'customerId'>,
  customer?: Pick<Customer, 'name' | 'phones' | 'primaryPhone' | 'addresses' | 'grade' | 'isKey'>,
): ServiceRequestInput {
  const address = customer ? defaultAddress(customer) : undefined;
  const customerId = call.customerId;
  return {
    contact: call.contact.trim() || (customer?.name.trim() ?? ''),
    phone: call.phone || (customer?.primaryPhone ?? customer?.phones[0] ?? ''),
    address: address ? formatAddress(address) : '',
    serialNo: '',
    problem: call.content.trim(),
    priority: defaultPriority(customer),
    ...(call.id !== undefined ? { fromCallId: call.id } : {}),
    ...(customerId !== undefined ? { customerId } : {}),
  };
}
