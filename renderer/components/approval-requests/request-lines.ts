import dayjs from 'dayjs';
import type { Translate } from '@shared/i18n';
import type { ApprovalRequest } from '@shared/approvals/requests';

const time = (ms: number) => dayjs(ms).format('YYYY-MM-DD HH:mm');

/** Who asked and why, and (once decided) who decided, when, and the supervisor's note. */
export function requestLines(t: Translate, r: ApprovalRequest): string[] {
  const lines = [t('apprui.requested', { name: r.byName, time: time(r.at) }), t('apprui.reason', { reason: r.reason })];
  if (r.status !== 'waiting' && r.decidedAt !== undefined) {
    lines.push(t('apprui.decided', { name: r.decidedByName ?? '', time: time(r.decidedAt), status: t(`approvals.status.${r.status}`) }));
  }
  if (r.decisionNote) lines.push(t('apprui.note', { note: r.decisionNote }));
  // SVC-2: a change closed because its visit was made (or its request closed) says so.
  if (r.kind === 'dispatchChange' && r.lapsed) lines.push(t(`approvals.lapsed.${r.lapsed}`));
  return lines;
}
