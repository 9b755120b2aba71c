import { isSameOrigin, isTrustedAppUrl, printHost } from './origins';

/**
 * The app's Content-Security-Policy. Inline styles are allowed because MUI/emotion injects them;
 * scripts only from the app itself. In `electron-vite dev` the React Refresh preamble is an inline
 * script and HMR talks over a WebSocket, so dev relaxes exactly those two.
 */
export function appCsp(devUrl?: string): string {
  const devWs = devUrl ? devUrl.replace(/^http/, 'ws').replace(/\/+$/, '') : '';
  const directives = [
    "default-src 'self' app:",
    devUrl ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    devUrl ? `connect-src 'self' ${devWs}` : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ];
  return directives.join('; ');
}

/** Print documents are static, self-contained HTML: no script, no network, only inline/data assets. */
export const printCsp = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src data: blob:",
  "font-src data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function cspForUrl(url: string, devUrl?: string): string {
  return isSameOrigin(url, `app://${printHost}`) ? printCsp : appCsp(devUrl);
}

type Headers = Record<string, string | string[]>;

/** Replaces any CSP header (whatever its case) with ours. */
export function withCsp(headers: Headers | undefined, csp: string): Headers {
  const out: Headers = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [csp];
  return out;
}

export interface HeadersSession {
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { url: string; responseHeaders?: Headers },
        callback: (response: { responseHeaders?: Headers }) => void,
      ) => void,
    ): void;
  };
}

/** Every response in the session gets the CSP (the app:// handler sets it too, for schemes webRequest skips). */
export function installCsp(session: HeadersSession, devUrl?: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders, cspForUrl(details.url, devUrl)) });
  });
}

/**
 * The only permission ever granted: durable storage for the app itself, so Chromium never evicts the
 * IndexedDB that holds the records. Everything else (camera, notifications, clipboard read…) is denied.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string, devUrl?: string): boolean {
  return permission === 'persistent-storage' && isTrustedAppUrl(requestingUrl, devUrl);
}

export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean): void;
}

export function installPermissionHandlers(session: PermissionSession, devUrl?: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl ?? '', devUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, devUrl),
  );
}

interface Preventable {
  preventDefault(): void;
}

export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Applied to every webContents the app creates: navigation only inside the app, no popups
 * (window.open / target=_blank), no <webview>.
 */
export function installContentsGuards(contents: GuardedContents, isAllowedNavigation: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
