import { describe, expect, it } from 'vitest';
import { exportableKinds } from '../records/export-schedule';
import { requestStatuses, priorities } from '../service/request';
import { serviceResults } from '../service/report';
import { outstandingStatuses } from '../service/outstanding';
import { dictionaries } from './index';
import { serviceStrings } from './service';

const known = (key: string) => Object.hasOwn(dictionaries['zh-CN'], key) && Object.hasOwn(dictionaries.en, key);

describe('service dictionary section', () => {
  it('has English for every Chinese key and no empty string', () => {
    expect(Object.keys(serviceStrings.en).sort()).toEqual(Object.keys(serviceStrings.zh).sort());
    for (const text of [...Object.values(serviceStrings.zh), ...Object.values(serviceStrings.en)]) expect(text.trim()).not.toBe('');
  });

  it('is registered and no other section overrides its keys', () => {
    for (const [key, text] of Object.entries(serviceStrings.zh)) expect(Reflect.get(dictionaries['zh-CN'], key), key).toBe(text);
    for (const [key, text] of Object.entries(serviceStrings.en)) expect(Reflect.get(dictionaries.en, key), key).toBe(text);
  });

  it('labels every status, priority, result and exportable kind', () => {
    for (const s of requestStatuses) expect(known(`service.status.${s}`), s).toBe(true);
    for (const p of priorities) expect(known(`service.priority.${p}`), String(p)).toBe(true);
    for (const r of serviceResults) expect(known(`service.result.${r}`), r).toBe(true);
    for (const s of outstandingStatuses) expect(known(`service.outstanding.status.${s}`), s).toBe(true);
    for (const k of exportableKinds) {
      expect(known(`export.sheet.${k}`), k).toBe(true);
      expect(known(`export.kind.${k}`), k).toBe(true);
    }
    expect(serviceStrings.zh['service.status.dispatched']).toBe('已派工');
  });

  it('rule refusals say what to do without showing their rule ID, in both languages', () => {
    const ruled: Array<[keyof typeof serviceStrings.zh, string]> = [
      ['service.dispatch.error.analysisRequired', 'SVC-1'],
      ['service.request.error.contactRequired', 'SVC-1'],
      ['service.dispatch.error.changeApprovalRequired', 'SVC-2'],
      ['service.dispatch.error.borrowManagerRequired', 'SVC-2'],
      ['service.report.error.problemsRequired', 'SVC-3'],
      ['service.outstanding.error.resolutionRequired', 'SVC-3'],
      ['service.complaint.error.howRequired', 'SVC-4'],
      ['service.complaint.banner', 'SVC-4'],
      ['review.error.notSupervisor', 'REV-1'],
      ['removal.error.permanent', 'REC-1'],
      ['removal.error.notExported', 'REC-1'],
      ['removal.error.approvalRequired', 'REC-1'],
      ['exportSchedule.due', 'REC-2'],
    ];
    for (const [key, rule] of ruled) {
      for (const text of [serviceStrings.zh[key], serviceStrings.en[key]]) {
        expect(text, key).not.toContain(rule);
        // What is left once the ID went must still read as a sentence: no stray colon or empty brackets.
        expect(text, key).not.toMatch(/^[\s:\uFF1A]|[(\uFF08]\s*[)\uFF09]/);
      }
    }
    expect(serviceStrings.zh['removal.error.notExported']).toBe('该记录尚未导出;请先导出包含其日期的 Excel,再清理');
  });
});
