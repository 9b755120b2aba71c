import { describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import { translate, type StringKey } from '@shared/i18n';
import { ValidationError } from '@shared/validation';
import { PlatformError } from '../platform/platform-error';
import { errorMessage, errorText } from './error-text';

const t = (key: StringKey, params?: Record<string, string | number>) => translate('zh-CN', key, params);

describe('errorText', () => {
  it('translates a ValidationError issue that is a dictionary key, and keeps a ready message', () => {
    const e = new ValidationError([
      { path: 'pin', message: 'session.error.pinFormat' },
      { path: 'name', message: '姓名重复' },
    ]);
    expect(errorText(t, e)).toBe('PIN 须为 4–8 位数字、姓名重复');
  });

  it('says a refused role plainly, and wraps anything else', () => {
    expect(errorText(t, new PermissionError('staff.manage'))).toBe('您的角色不能执行此操作');
    expect(errorText(t, new Error('disk full'))).toBe('操作失败:disk full');
  });

  it('words a refused file name from its problem, in the screen language, not the main process text', () => {
    const refused = new PlatformError('BAD_FILE_NAME', 'main-process text', { problem: 'extension', allowed: ['xlsx'] });
    expect(errorText(t, refused)).toBe('不允许保存这种文件类型,只能保存为 .xlsx 文件,文件未保存');
    const en = (key: StringKey, params?: Record<string, string | number>) => translate('en', key, params);
    expect(errorText(en, new PlatformError('BAD_FILE_NAME', 'x', { problem: 'deviceName', allowed: ['pdf'] }))).toContain('reserves for a device');
  });

  it('says a full disk plainly with what to do, however Dexie wraps the QuotaExceededError', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    for (const e of [quota, Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota })]) {
      expect(errorText(t, e)).toBe('磁盘空间不足,这次没有保存任何内容。请删除电脑上不需要的文件或清空回收站,腾出空间后再试。');
      expect(errorMessage(e)).toEqual({ key: 'storage.error.full' });
    }
    expect(errorMessage(new Error('x'))).toEqual({ key: 'error.unexpected', params: { message: 'x' } });
  });
});
