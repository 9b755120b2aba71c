import { describe, expect, it } from 'vitest';
import { mimeTypeFor } from './mime';

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['worker.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['logo.SVG', 'image/svg+xml'],
    ['f.woff2', 'font/woff2'],
    ['d.json', 'application/json; charset=utf-8'],
    ['m.wasm', 'application/wasm'],
    ['unknown.bin', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});
