/**
 * The app's fixed origins. The renderer is always served from `app://app` so the IndexedDB origin
 * (and with it the user's data) never changes; print jobs get their own origin `app://print` so a
 * print document can never reach the app's storage.
 */
export const appScheme = 'app';
export const appHost = 'app';
export const printHost = 'print';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Same scheme, host and port. Compared by parts because WHATWG `URL.origin` is "null" for
 * custom schemes such as `app:`.
 */
export function isSameOrigin(url: string, origin: string): boolean {
  const a = parse(url);
  const b = parse(origin);
  if (!a || !b) return false;
  return a.protocol === b.protocol && a.host.toLowerCase() === b.host.toLowerCase() && a.host !== '';
}

/** A URL of the app itself (`app://app/…`). */
export function isAppUrl(url: string): boolean {
  return isSameOrigin(url, appOrigin);
}

/** The app, or (in `electron-vite dev`) the dev server the renderer is loaded from. */
export function isTrustedAppUrl(url: string, devUrl?: string): boolean {
  if (isAppUrl(url)) return true;
  return devUrl !== undefined && devUrl !== '' && isSameOrigin(url, devUrl);
}
