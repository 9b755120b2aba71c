import { describe, expect, it } from 'vitest';
import { validateCallLog, callTopics, callDirections } from '../domain/call-log';
import { validateCustomer } from '../domain/customer';
import { validateDateRange } from '../domain/local-date';
import { validateExportRecord } from '../domain/export-record';
import { dictionaries } from './index';
import { records } from './records';

const known = (key: string) => Object.hasOwn(dictionaries['zh-CN'], key) && Object.hasOwn(dictionaries.en, key);

describe('records dictionary section', () => {
  it('has English for every Chinese key and no empty string', () => {
    expect(Object.keys(records.en).sort()).toEqual(Object.keys(records.zh).sort());
    for (const text of [...Object.values(records.zh), ...Object.values(records.en)]) expect(text.trim()).not.toBe('');
  });

  it('is registered in the dictionary', () => {
    expect(dictionaries['zh-CN']['call.error.phoneOrCustomer']).toBe('请填写电话号码或选择客户');
    expect(dictionaries['zh-CN']['export.empty']).toBe('所选日期范围内没有记录,未生成文件');
  });

  it('has a label for every topic and direction', () => {
    for (const t of callTopics) expect(known(`call.topic.${t}`), t).toBe(true);
    for (const d of callDirections) expect(known(`call.direction.${d}`), d).toBe(true);
  });

  it('has a message for every issue the shared validators can raise', () => {
    const messages = [
      ...validateCustomer({ name: '', phones: ['1'] }),
      ...validateCustomer({ name: 'x'.repeat(200), phones: [] }),
      ...validateCallLog({ direction: 'in', at: 0, phone: '', contact: '', topic: 'other', content: '', result: '', followUpDate: 'x' }),
      ...validateCallLog({ direction: 'in', at: 1, phone: '1', contact: 'x'.repeat(3000), topic: 'other', content: '', result: '' }),
      ...validateCallLog(JSON.parse('{"direction":"?","at":1,"phone":"13800138000","contact":"","topic":"?","content":"","result":""}')),
      ...validateDateRange('x', '2026-01-01'),
      ...validateDateRange('2026-02-01', '2026-01-01'),
      ...validateExportRecord({ kind: 'callLogs', rangeFrom: '2026-01-01', rangeTo: '2026-01-01', rowCount: -1, createdAt: 0, fileName: '', location: '', sha256: '' }),
    ].map((i) => i.message);
    expect(messages.length).toBeGreaterThan(10);
    for (const m of messages) expect(known(m), m).toBe(true);
  });
});
