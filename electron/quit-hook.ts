/**
 * Before the main window closes, the renderer gets one chance to finish work that must not be lost
 * (issue 3: the backup on quit) through `window.__shouhouBeforeQuit`. The first 'close' is held back
 * while that runs; the window then closes for real. A hook that fails or hangs is logged and never
 * keeps the app open: after the timeout the window closes anyway.
 */

export const beforeQuitScript = 'window.__shouhouBeforeQuit ? window.__shouhouBeforeQuit() : null';

/** Two minutes: a large backup takes seconds, a hung renderer must not keep the app alive forever. */
export const beforeQuitTimeoutMs = 120_000;

/** What the hook needs from the main window; a real `BrowserWindow` fits. */
export interface QuitHookWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  readonly webContents: { executeJavaScript(code: string, userGesture?: boolean): Promise<unknown> };
}

export interface QuitHookOptions {
  timeoutMs?: number;
  log?: (message: string, error?: unknown) => void;
}

class Timeout extends Error {}

function withTimeout<T>(task: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Timeout(`no answer after ${ms} ms`)), ms);
  });
  return Promise.race([task, timeout]).finally(() => clearTimeout(timer));
}

/** Runs the renderer's hook, bounded by the timeout; resolves whatever happens. */
async function runBeforeQuit(win: QuitHookWindow, timeoutMs: number, log: NonNullable<QuitHookOptions['log']>): Promise<void> {
  try {
    // userGesture: true so the page treats it like the user's own action (no throttling).
    await withTimeout(win.webContents.executeJavaScript(beforeQuitScript, true), timeoutMs);
  } catch (error) {
    log(error instanceof Timeout ? 'before-quit hook timed out; closing anyway' : 'before-quit hook failed; closing anyway', error);
  }
}

export function installQuitHook(win: QuitHookWindow, options: QuitHookOptions = {}): void {
  const timeoutMs = options.timeoutMs ?? beforeQuitTimeoutMs;
  const log = options.log ?? console.error;
  let state: 'open' | 'running' | 'done' = 'open';
  win.on('close', (event) => {
    if (state === 'done') return;
    // A second click on × while the hook runs must neither close early nor start it again.
    event.preventDefault();
    if (state === 'running') return;
    state = 'running';
    void runBeforeQuit(win, timeoutMs, log).then(() => {
      state = 'done';
      if (!win.isDestroyed()) win.close();
    });
  });
}
