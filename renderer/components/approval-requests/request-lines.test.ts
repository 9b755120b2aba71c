import { describe, expect, it } from 'vitest';
import { translate } from '@shared/i18n';
import { decide, dayReopenRequest, dispatchChangeRequest, lapseChange } from '@shared/approvals/requests';
import { requestLines } from './request-lines';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('zh-CN', key, params);
const at = new Date(2026, 10, 27, 10, 0).getTime();

describe('a request as the lists show it', () => {
  it('says who asked and why while it waits; who declined and their note once declined', () => {
    const waiting = dayReopenRequest({ day: '2026-11-26', reason: '漏录入库单' }, { staffId: 2, name: '李强' }, at);
    expect(requestLines(t, waiting)).toEqual(['李强 于 2026-11-27 10:00 申请', '原因:漏录入库单']);
    const declined = decide(waiting, 'declined', { staffId: 1, name: '张主管' }, '单据齐全', at + 3_600_000);
    expect(requestLines(t, declined).slice(2)).toEqual(['张主管 于 2026-11-27 11:00 已驳回', '主管说明:单据齐全']);
  });

  it('SVC-2: a change closed because the visit was already made says so in words', () => {
    const plan = { technicianIds: [3], plannedAt: at };
    const asked = dispatchChangeRequest({ id: 4, no: 'FW20261127-001', dispatch: plan, status: 'dispatched', contact: '张伟', phone: '13800138000', address: '北京', serialNo: '', problem: '不加热', priority: 3, createdAt: at, dispatchChanges: [] }, { to: { ...plan, plannedAt: at + 86_400_000 }, reason: '客户改约' }, { staffId: 2, name: '王丽' }, at);
    expect(requestLines(t, lapseChange(asked, 'visited', { staffId: 1, name: '张主管' }, at)).slice(2)).toEqual(['张主管 于 2026-11-27 10:00 已撤回', '服务已上门,变更不再适用,申请已自动关闭']);
  });
});
