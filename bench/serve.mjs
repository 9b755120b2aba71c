// A tiny static file server for the built renderer (out/renderer), bound to 127.0.0.1. With a
// `cacheDir`, it also keeps files the bench page PUTs under /bench-cache/ (the backup file of the
// 1M-row database, so a later `restore` run needs no new backup).
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { basename, extname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';

const mimeTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

const cachePrefix = '/bench-cache/';

async function serveCache(req, res, cacheDir, path) {
  const name = basename(path.slice(cachePrefix.length));
  if (!name || name.startsWith('.')) return res.writeHead(400).end();
  const file = join(cacheDir, name);
  if (req.method === 'PUT') {
    await mkdir(cacheDir, { recursive: true });
    await pipeline(req, createWriteStream(`${file}.part`));
    await rename(`${file}.part`, file);
    return res.writeHead(204).end();
  }
  const info = await stat(file).catch(() => null);
  if (!info) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': info.size, 'cache-control': 'no-store' });
  await pipeline(createReadStream(file), res);
}

/** Serves `root` on 127.0.0.1 (a free port unless `port` is given); resolves to { url, close }. */
export function serveStatic(root, defaultPage = 'index.html', { port = 0, cacheDir = null } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (cacheDir && path.startsWith(cachePrefix)) {
      await serveCache(req, res, cacheDir, path).catch((error) => {
        console.error('[bench cache]', error);
        if (!res.headersSent) res.writeHead(500).end();
      });
      return;
    }
    const file = normalize(join(root, path === '/' ? defaultPage : path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': mimeTypes[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      resolve({ url: `http://127.0.0.1:${bound}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
