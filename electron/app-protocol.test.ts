import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSchemePrivileges, createAppProtocolHandler, resolveInside } from './app-protocol';
import { PrintDocStore } from './print-docs';
import { appCsp, printCsp } from './security';

let root: string;
let rendererDir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'app-protocol-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'export {}');
  writeFileSync(join(rendererDir, 'assets', 'font.woff2'), 'x');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function handler(docs = new PrintDocStore()) {
  return createAppProtocolHandler({ rendererDir, printDocs: docs });
}

describe('resolveInside (path traversal)', () => {
  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%2fetc%2fpasswd/../../..',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('refuses %s', (pathname) => {
    expect(resolveInside(rendererDir, pathname)).toBeNull();
  });

  it('maps / to index.html and keeps nested paths inside the renderer dir', () => {
    expect(resolveInside(rendererDir, '/')).toBe(join(rendererDir, 'index.html'));
    expect(resolveInside(rendererDir, '/assets/index-abc.js')).toBe(join(rendererDir, 'assets', 'index-abc.js'));
    expect(resolveInside(rendererDir, '/assets/../index.html')).toBe(join(rendererDir, 'index.html'));
  });
});

describe('app:// handler', () => {
  it('registers app:// as standard and secure with fetch, CORS and streaming', () => {
    expect(appSchemePrivileges).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true },
    });
  });

  it('serves renderer files with their MIME type and the CSP', async () => {
    const html = await handler()(new Request('app://app/index.html'));
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-security-policy')).toBe(appCsp());
    expect(await html.text()).toContain('<title>x</title>');
    const js = await handler()(new Request('app://app/assets/index-abc.js'));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const font = await handler()(new Request('app://app/assets/font.woff2'));
    expect(font.headers.get('content-type')).toBe('font/woff2');
  });

  it('refuses an encoded traversal with 403 and never reads outside', async () => {
    const response = await handler()(new Request('app://app/..%2fsecret.txt'));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('outside the renderer');
  });

  it('answers 404 for a missing file or an unknown host', async () => {
    expect((await handler()(new Request('app://app/nope.js'))).status).toBe(404);
    expect((await handler()(new Request('app://other/index.html'))).status).toBe(404);
  });

  it('refuses methods other than GET/HEAD', async () => {
    expect((await handler()(new Request('app://app/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('serves a print job from memory with the print CSP, and nothing once it is gone', async () => {
    const docs = new PrintDocStore();
    const { id, url } = docs.add('<p>电话记录表</p>');
    const response = await handler(docs)(new Request(url));
    expect(response.headers.get('content-security-policy')).toBe(printCsp);
    expect(await response.text()).toBe('<p>电话记录表</p>');
    docs.delete(id);
    expect((await handler(docs)(new Request(url))).status).toBe(404);
  });
});
