import dayjs from 'dayjs';
import type { Translate } from '@shared/i18n';
import type { ServiceRequest } from '@shared/service/request';

const minute = 'YYYY-MM-DD HH:mm';
export const formatMinute = (ms: number) => dayjs(ms).format(minute);

export interface DetailNames {
  product?: string;
  customer?: string;
  staff: ReadonlyMap<number, string>;
}

const staffNames = (ids: readonly number[], names: DetailNames, t: Translate) => ids.map((id) => names.staff.get(id) ?? `#${id}`).join(t('list.separator'));

/** The request's fields as label / value lines for the details panel (blank values left out). */
export function requestDetailRows(t: Translate, r: ServiceRequest, names: DetailNames): [string, string][] {
  const rows: [string, string][] = [
    [t('service.report.field.customer'), names.customer ?? ''],
    [t('service.request.field.contact'), r.contact],
    [t('service.request.field.phone'), r.phone],
    [t('service.request.field.address'), r.address],
    [t('service.request.field.product'), names.product ?? ''],
    [t('service.request.field.serialNo'), r.serialNo],
    [t('service.request.field.problem'), r.problem],
    [t('svcui.col.createdAt'), formatMinute(r.createdAt)],
  ];
  if (r.analysis) {
    rows.push(
      [t('service.analysis.field.likelyCause'), r.analysis.likelyCause],
      [t('service.analysis.field.referenceSolution'), r.analysis.referenceSolution],
      [t('service.analysis.field.materials'), r.analysis.materials],
    );
  }
  const d = r.dispatch;
  if (d) {
    rows.push([t('service.dispatch.field.technicians'), staffNames(d.technicianIds, names, t)], [t('service.dispatch.field.plannedAt'), formatMinute(d.plannedAt)]);
    if (d.borrowed) rows.push([t('svcui.dispatch.borrowedFrom'), t('svcui.dispatch.borrowedText', { department: d.borrowed.department, manager: d.borrowed.managerName, at: formatMinute(d.borrowed.approvedAt) })]);
  }
  for (const c of r.dispatchChanges) {
    rows.push([t('svcui.dispatch.changed'), t('svcui.dispatch.changeText', { from: formatMinute(c.from.plannedAt), to: formatMinute(c.to.plannedAt), reason: c.reason, approver: c.approval.supervisorName })]);
  }
  if (r.closeReason) rows.push([t('service.request.field.closeReason'), r.closeReason]);
  return rows.filter(([, value]) => value.trim() !== '');
}
