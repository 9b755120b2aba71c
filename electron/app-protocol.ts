import { readFile as fsReadFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { mimeTypeFor } from './mime';
import { appHost, appScheme, printHost } from './origins';
import type { PrintDocStore } from './print-docs';
import { appCsp, printCsp } from './security';

/** Registered before `ready`: standard + secure gives `app://app` a real, stable origin for IndexedDB. */
export const appSchemePrivileges = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true },
};

/**
 * Maps a request path to a file inside `rootDir`, or null when it would leave it
 * (`..`, encoded `%2e%2e%2f`, backslashes, absolute or drive paths, NUL bytes).
 */
export function resolveInside(rootDir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  // Backslashes are separators on Windows; no built asset has one, so refuse them everywhere.
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relativePath = decoded.replace(/^\/+/, '') || 'index.html';
  const root = resolve(rootDir);
  const full = resolve(root, relativePath);
  const rel = relative(root, full);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  return full;
}

function textResponse(status: number, body: string): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

function isMissing(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

export interface AppProtocolOptions {
  rendererDir: string;
  printDocs: PrintDocStore;
  readFile?: (path: string) => Promise<Uint8Array>;
}

/** The `protocol.handle('app', …)` handler: renderer files from disk, print jobs from memory. */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const readFile = options.readFile ?? fsReadFile;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method Not Allowed');
    const url = new URL(request.url);
    if (url.host === printHost) {
      const html = options.printDocs.getByPath(url.pathname);
      if (html === undefined) return textResponse(404, 'Not Found');
      return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': printCsp } });
    }
    if (url.host !== appHost) return textResponse(404, 'Not Found');
    const filePath = resolveInside(options.rendererDir, url.pathname);
    if (filePath === null) return textResponse(403, 'Forbidden');
    try {
      const body = await readFile(filePath);
      return new Response(new Uint8Array(body), {
        headers: {
          'Content-Type': mimeTypeFor(filePath),
          'Content-Security-Policy': appCsp(),
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch (error) {
      if (isMissing(error)) return textResponse(404, 'Not Found');
      throw error;
    }
  };
}
