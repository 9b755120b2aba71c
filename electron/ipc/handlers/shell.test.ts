import { describe, expect, it, vi } from 'vitest';
import { ipcContract } from '@shared/ipc';
import { OperationError } from '../../errors';
import { shellHandlers } from './shell';

const page = 'https://www.kuaidi100.com/chaxun?com=shunfeng&nu=SF1234567890123';

describe('shell/open-external (SHP-4 查询物流)', () => {
  it('opens an allow-listed carrier tracking page in the system browser', async () => {
    const openExternal = vi.fn(async () => undefined);
    await expect(shellHandlers({ openExternal })['shell/open-external']({ url: page }, {})).resolves.toEqual({ opened: true });
    expect(openExternal).toHaveBeenCalledWith(page);
  });

  it('refuses any other page, scheme or host, and never calls the shell', async () => {
    const openExternal = vi.fn(async () => undefined);
    const open = shellHandlers({ openExternal })['shell/open-external'];
    for (const url of ['http://www.kuaidi100.com/x', 'https://evil.example.com/?x=www.kuaidi100.com', 'file:///C:/Windows/system32/calc.exe', 'https://www.kuaidi100.com.evil.cn/']) {
      await expect(open({ url }, {})).rejects.toBeInstanceOf(OperationError);
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('the contract refuses a disallowed URL before any handler runs', () => {
    const args = ipcContract['shell/open-external'].args;
    expect(args.safeParse({ url: page }).success).toBe(true);
    expect(args.safeParse({ url: 'https://example.com/' }).success).toBe(false);
    expect(args.safeParse({ url: page, extra: 1 }).success).toBe(false);
  });
});
