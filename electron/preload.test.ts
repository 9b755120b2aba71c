import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '@shared/ipc';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (channel: string, args: unknown) => ({ ok: true, value: { channel, args } })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: { invoke: electron.invoke, send: vi.fn(), on: vi.fn() },
}));

beforeAll(async () => {
  await import('./preload');
});

function exposedApi(): Record<string, unknown> {
  const api = electron.exposed.get('api');
  if (typeof api !== 'object' || api === null) throw new Error('window.api not exposed');
  return { ...api };
}

describe('preload', () => {
  it('exposes only window.api', () => {
    expect([...electron.exposed.keys()]).toEqual(['api']);
  });

  it('exposes exactly one function per contract channel and nothing else', () => {
    const api = exposedApi();
    expect(Object.keys(api).sort()).toEqual([...ipcChannels].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(api).not.toHaveProperty('send');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('forwards each call to ipcRenderer.invoke on its own channel', async () => {
    const api = exposedApi();
    const write = api['export/write'];
    if (typeof write !== 'function') throw new Error('export/write missing');
    const args = { fileName: 'a.xlsx', bytes: new Uint8Array([1]) };
    await expect(write(args)).resolves.toEqual({ ok: true, value: { channel: 'export/write', args } });
    expect(electron.invoke).toHaveBeenCalledWith('export/write', args);
  });
});
