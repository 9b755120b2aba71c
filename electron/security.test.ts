import { describe, expect, it, vi } from 'vitest';
import {
  appCsp,
  cspForUrl,
  installContentsGuards,
  installCsp,
  installPermissionHandlers,
  printCsp,
  withCsp,
  type GuardedContents,
  type HeadersSession,
  type PermissionSession,
} from './security';
import { isTrustedAppUrl } from './origins';

type Listener = (event: { preventDefault(): void }, url: string) => void;

/** A stand-in webContents that records the listeners the guards install. */
class FakeContents implements GuardedContents {
  readonly listeners = new Map<string, Listener>();
  openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  on(event: string, listener: Listener): this {
    this.listeners.set(event, listener);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
  /** Fires an event and reports whether a guard prevented it. */
  fire(event: string, url = ''): boolean {
    const preventDefault = vi.fn();
    this.listeners.get(event)?.({ preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  }
}

function guarded(devUrl?: string): FakeContents {
  const contents = new FakeContents();
  installContentsGuards(contents, (url) => isTrustedAppUrl(url, devUrl));
  return contents;
}

describe('navigation and window guards', () => {
  it('prevents navigation to https://example.com', () => {
    expect(guarded().fire('will-navigate', 'https://example.com/')).toBe(true);
  });

  it('allows navigation inside app://app/', () => {
    expect(guarded().fire('will-navigate', 'app://app/index.html')).toBe(false);
  });

  it('prevents file:// and other app hosts', () => {
    const contents = guarded();
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-navigate', 'app://print/job-1.html')).toBe(true);
  });

  it('allows the dev server only in dev', () => {
    expect(guarded('http://localhost:5173').fire('will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(guarded().fire('will-navigate', 'http://localhost:5173/')).toBe(true);
  });

  it('denies window.open, whatever the URL', () => {
    const contents = guarded();
    expect(contents.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://app/index.html' })).toEqual({ action: 'deny' });
  });

  it('prevents attaching a <webview>', () => {
    expect(guarded().fire('will-attach-webview')).toBe(true);
  });
});

describe('permissions', () => {
  type RequestHandler = Parameters<PermissionSession['setPermissionRequestHandler']>[0];
  type CheckHandler = Parameters<PermissionSession['setPermissionCheckHandler']>[0];

  function installed(): { request: RequestHandler; check: CheckHandler } {
    const requests: RequestHandler[] = [];
    const checks: CheckHandler[] = [];
    installPermissionHandlers({
      setPermissionRequestHandler: (h) => requests.push(h),
      setPermissionCheckHandler: (h) => checks.push(h),
    });
    const [request] = requests;
    const [check] = checks;
    if (!request || !check) throw new Error('handlers not installed');
    return { request, check };
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'denies a %s request from the app',
    (permission) => {
      const { request, check } = installed();
      const callback = vi.fn();
      request(null, permission, callback, { requestingUrl: 'app://app/index.html' });
      expect(callback).toHaveBeenCalledWith(false);
      expect(check(null, permission, 'app://app')).toBe(false);
    },
  );

  it('grants durable storage to the app only, so its IndexedDB is never evicted', () => {
    const { request, check } = installed();
    const fromApp = vi.fn();
    const fromElsewhere = vi.fn();
    request(null, 'persistent-storage', fromApp, { requestingUrl: 'app://app/index.html' });
    request(null, 'persistent-storage', fromElsewhere, { requestingUrl: 'https://example.com/' });
    expect(fromApp).toHaveBeenCalledWith(true);
    expect(fromElsewhere).toHaveBeenCalledWith(false);
    expect(check(null, 'persistent-storage', 'app://print')).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  it('allows scripts only from the app and forbids objects, base and framing', () => {
    const csp = appCsp();
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
  });

  it('relaxes only what the Vite dev server needs in dev', () => {
    const csp = appCsp('http://localhost:5173/');
    expect(csp).toContain("script-src 'self' 'unsafe-inline'");
    expect(csp).toContain("connect-src 'self' ws://localhost:5173");
  });

  it('gives print documents a script-free policy', () => {
    expect(cspForUrl('app://print/job-1.html')).toBe(printCsp);
    expect(printCsp).toContain("default-src 'none'");
    expect(printCsp).not.toContain('script-src');
    expect(cspForUrl('app://app/index.html')).toBe(appCsp());
  });

  it('replaces an existing CSP header whatever its case', () => {
    const headers = withCsp({ 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] }, 'X');
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ['X'] });
  });

  it('sets the header on every response through webRequest', () => {
    const listeners: Parameters<HeadersSession['webRequest']['onHeadersReceived']>[0][] = [];
    installCsp({ webRequest: { onHeadersReceived: (l) => listeners.push(l) } });
    const callback = vi.fn();
    listeners[0]?.({ url: 'app://app/index.html', responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [appCsp()] } });
  });
});
