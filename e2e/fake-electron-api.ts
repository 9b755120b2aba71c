/**
 * A stand-in for the Electron preload, installed with `context.addInitScript(fakeElectronApi)`: every
 * channel answers `{ ok: true, value }` and records its arguments, so a test can check what the
 * renderer asked main to print or save. Runs in the page, so it is self-contained.
 */
import type { Page } from 'playwright-core';

export interface CapturedCall {
  channel: string;
  args: Record<string, unknown>;
}

export function fakeElectronApi(): void {
  const calls: { channel: string; args: Record<string, unknown> }[] = [];
  // The second backup folder (a USB stick) as main remembers it: chosen in the folder dialog, or cleared.
  let secondFolder: string | null = null;
  // This "PC's" device key, as main keeps it: made on first use and kept across reloads (a restore
  // reloads the window); never shown to the app. Lazy: frames that never back up have no WebCrypto.
  let device: Promise<{ key: CryptoKey; keyId: string }> | null = null;
  const deviceKey = () =>
    (device ??= (async () => {
      const fresh = () => Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('');
      const stored = localStorage.getItem('__e2eDeviceKey') ?? fresh();
      localStorage.setItem('__e2eDeviceKey', stored);
      const raw = Uint8Array.from(stored.match(/../g) ?? [], (h) => parseInt(h, 16));
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', raw));
      const keyId = Array.from(digest.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
      return { key: await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']), keyId };
    })());
  const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
  const unb64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  const values: Record<string, (args: Record<string, unknown>) => unknown> = {
    'app/info': () => ({ version: '0.0.0-e2e', platform: 'win32', userDataPath: 'C:\\e2e', hostname: 'e2e' }),
    'export/choose-folder': () => ({ folder: 'D:\\导出' }),
    'export/get-folder': () => ({ folder: 'D:\\导出' }),
    'export/write': (a) => ({ path: `D:\\导出\\${String(a.fileName)}` }),
    'file/save-as': (a) => ({ path: `D:\\文档\\${String(a.defaultName)}` }),
    'print/print': () => ({ printed: true }),
    'print/pdf': () => ({ bytes: new Uint8Array([37, 80, 68, 70, 45]) }),
    'print/printers': () => ({ printers: [] }),
    // The daily backup after sign-in and the quit hook write here (bytes are not kept, see below).
    'backup/write-auto': (a) => ({ path: `C:\\e2e\\backups\\${String(a.fileName)}`, kept: 1 }),
    'backup/get-folders': () => ({ primary: 'C:\\e2e\\backups', secondary: secondFolder }),
    'backup/choose-second-folder': () => {
      secondFolder = 'E:\\U盘备份';
      return { folder: secondFolder };
    },
    'backup/clear-second-folder': () => {
      secondFolder = null;
      return { cleared: true };
    },
    'backup/open': () => null,
    // A roomy disk unless a test says otherwise (window.__e2eFreeBytes).
    'storage/free-space': () => ({ freeBytes: Number(Reflect.get(window, '__e2eFreeBytes') ?? 50 * 1024 ** 3) }),
    // A new version until the renderer records it as started; a test sets the flag, then reloads.
    'backup/version-check': () =>
      sessionStorage.getItem('e2e.newVersion') === '1' ? { previousVersion: '0.0.9-e2e', version: '0.0.0-e2e' } : null,
    'backup/version-started': (a) => {
      sessionStorage.removeItem('e2e.newVersion');
      const backup = a.upgradeBackup as { fileName?: unknown } | undefined;
      return { path: backup ? `C:\\e2e\\backups\\before-upgrade\\${String(backup.fileName)}` : null };
    },
    'backup/wrap-key': async (a) => {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const dataKey = new Uint8Array(a.dataKey instanceof Uint8Array ? a.dataKey : []);
      const { key, keyId } = await deviceKey();
      const wrapped = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, dataKey));
      return { slot: { type: 'device', keyId, iv: b64(iv), wrapped: b64(wrapped) } };
    },
    'backup/unwrap-key': async (a) => {
      const slot = a.slot as { keyId: string; iv: string; wrapped: string };
      const { key, keyId } = await deviceKey();
      try {
        const dataKey = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: unb64(slot.iv) }, key, unb64(slot.wrapped));
        return { dataKey: new Uint8Array(dataKey) };
      } catch {
        return { refused: slot.keyId === keyId ? 'damaged' : 'otherDevice' };
      }
    },
  };
  /** What main refuses when a test sets `e2e.refuseFileNames`: the answer of electron/ipc/register.ts for `evil.exe`. */
  const refusals: Record<string, () => unknown> = {
    'export/write': () => ({ code: 'BAD_FILE_NAME', message: '(main)', fileName: { problem: 'extension', allowed: ['xlsx'] } }),
  };
  const api = Object.fromEntries(
    Object.entries(values).map(([channel, value]) => [
      channel,
      async (args: Record<string, unknown>) => {
        // Bytes are not kept: the captured calls are read back through page.evaluate as JSON.
        const { bytes: _bytes, dataKey: _key, ...rest } = args;
        const backup = rest.upgradeBackup as { fileName?: unknown; bytes?: Uint8Array } | undefined;
        if (backup) rest.upgradeBackup = { fileName: backup.fileName, size: backup.bytes?.length ?? 0, magic: String.fromCharCode(...(backup.bytes ?? []).slice(0, 5)) };
        calls.push({ channel, args: rest });
        const refusal = sessionStorage.getItem('e2e.refuseFileNames') === '1' ? refusals[channel] : undefined;
        if (refusal) return { ok: false, error: refusal() };
        return { ok: true, value: await value(args) };
      },
    ]),
  );
  Object.assign(window, { api, __e2eApiCalls: calls });
}

export async function readCapturedCalls(page: Page): Promise<CapturedCall[]> {
  const calls: unknown = await page.evaluate(() => Reflect.get(window, '__e2eApiCalls'));
  if (!Array.isArray(calls)) throw new Error('the fake window.api is not installed');
  return calls.filter(
    (c): c is CapturedCall => typeof c === 'object' && c !== null && 'channel' in c && 'args' in c,
  );
}
