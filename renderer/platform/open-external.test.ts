import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '@shared/ipc';
import { createBrowserPlatform } from './browser-platform';
import { createElectronPlatform } from './electron-platform';
import { PlatformError } from './platform-error';

const page = 'https://www.kuaidi100.com/chaxun?com=zhongtong&nu=73100000000001';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('openExternal (查询物流)', () => {
  it('Electron: asks main through shell/open-external and reports its refusal', async () => {
    const call = vi.fn(async () => ({ ok: true as const, value: { opened: true as const } }));
    const platform = createElectronPlatform({ 'shell/open-external': call } as Partial<Api> as Api);
    await platform.openExternal(page);
    expect(call).toHaveBeenCalledWith({ url: page });

    const refused = createElectronPlatform({
      'shell/open-external': async () => ({ ok: false as const, error: { code: 'BAD_ARGS' as const, message: '只能打开允许的快递查件网站' } }),
    } as Partial<Api> as Api);
    await expect(refused.openExternal('https://example.com/')).rejects.toBeInstanceOf(PlatformError);
  });

  it('browser: a new tab without an opener, allow-listed pages only', async () => {
    const open = vi.fn();
    vi.stubGlobal('window', { open });
    const platform = createBrowserPlatform({ pickFile: async () => null });
    await platform.openExternal(page);
    expect(open).toHaveBeenCalledWith(page, '_blank', 'noopener,noreferrer');
    await expect(platform.openExternal('javascript:alert(1)')).rejects.toBeInstanceOf(PlatformError);
    expect(open).toHaveBeenCalledTimes(1);
  });
});
