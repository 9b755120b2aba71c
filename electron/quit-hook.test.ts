import { afterEach, describe, expect, it, vi } from 'vitest';
import { beforeQuitScript, beforeQuitTimeoutMs, installQuitHook, type QuitHookWindow } from './quit-hook';

/** A main window whose close() emits 'close' like Electron's and closes unless prevented. */
class FakeWindow implements QuitHookWindow {
  closed = false;
  private listener: ((event: { preventDefault(): void }) => void) | null = null;
  readonly webContents = { executeJavaScript: vi.fn<(code: string, userGesture?: boolean) => Promise<unknown>>() };

  on(_event: 'close', listener: (event: { preventDefault(): void }) => void): this {
    this.listener = listener;
    return this;
  }
  close(): void {
    let prevented = false;
    this.listener?.({ preventDefault: () => (prevented = true) });
    if (!prevented) this.closed = true;
  }
  isDestroyed(): boolean {
    return this.closed;
  }
}

afterEach(() => vi.useRealTimers());

describe('installQuitHook', () => {
  it("holds the first close, runs the renderer's before-quit hook once, then closes for real", async () => {
    const win = new FakeWindow();
    let finishBackup: (value: unknown) => void = () => undefined;
    win.webContents.executeJavaScript.mockImplementation(() => new Promise((resolve) => (finishBackup = resolve)));
    installQuitHook(win, { log: vi.fn() });

    win.close();
    expect(win.closed).toBe(false);
    expect(win.webContents.executeJavaScript).toHaveBeenCalledWith(beforeQuitScript, true);
    // A second click on × while the backup runs neither closes nor starts it again.
    win.close();
    expect(win.closed).toBe(false);
    expect(win.webContents.executeJavaScript).toHaveBeenCalledTimes(1);

    finishBackup({ ok: true });
    await vi.waitFor(() => expect(win.closed).toBe(true));
    expect(win.webContents.executeJavaScript).toHaveBeenCalledTimes(1);
  });

  it('the script calls the page hook when defined, and is a no-op on a page without it', async () => {
    const run = (page: object): unknown => new Function('window', `return ${beforeQuitScript}`)(page);
    expect(run({})).toBeNull();
    const hook = vi.fn(async () => 'backed up');
    await expect(run({ __shouhouBeforeQuit: hook })).resolves.toBe('backed up');
    expect(hook).toHaveBeenCalledTimes(1);
  });

  it('closes anyway after the 2-minute timeout when the hook hangs, and logs it', async () => {
    vi.useFakeTimers();
    const win = new FakeWindow();
    win.webContents.executeJavaScript.mockImplementation(() => new Promise(() => undefined));
    const log = vi.fn();
    installQuitHook(win, { log });

    win.close();
    await vi.advanceTimersByTimeAsync(beforeQuitTimeoutMs - 1);
    expect(win.closed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(win.closed).toBe(true);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('timed out'), expect.any(Error));
    expect(beforeQuitTimeoutMs).toBe(120_000);
  });

  it('closes anyway when the hook throws, and logs the failure', async () => {
    const win = new FakeWindow();
    win.webContents.executeJavaScript.mockRejectedValue(new Error('backup failed: disk full'));
    const log = vi.fn();
    installQuitHook(win, { log });
    win.close();
    await vi.waitFor(() => expect(win.closed).toBe(true));
    expect(log).toHaveBeenCalledWith(expect.stringContaining('failed'), expect.objectContaining({ message: 'backup failed: disk full' }));
  });

  it('does not close a window that was destroyed meanwhile', async () => {
    const win = new FakeWindow();
    win.webContents.executeJavaScript.mockResolvedValue(null);
    const closeSpy = vi.spyOn(win, 'close');
    installQuitHook(win, { log: vi.fn() });
    win.close();
    win.closed = true; // destroyed by the OS while the hook ran
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(closeSpy).toHaveBeenCalledTimes(1);
  });
});
