// Builds only the bench page into out/bench-renderer, without the app (a half-finished screen elsewhere
// cannot stop a benchmark run, and out/renderer stays untouched):
//   npx vite build --config bench/vite.bench.config.mjs && BENCH_RENDERER_DIR=out/bench-renderer node bench/run.mjs
// benchPageConfig is also how bench/harness.mjs builds each renderer/bench-*.html alone.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '..');

/** Vite config for renderer/<page>.html alone (no app, no React plugin needed), built into `outDir`. */
export function benchPageConfig(page, outDir) {
  return {
    define: { __APP_VERSION__: JSON.stringify('bench') },
    root: resolve(root, 'renderer'),
    resolve: { alias: { '@shared': resolve(root, 'shared') } },
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, rollupOptions: { input: { [page]: resolve(root, 'renderer', `${page}.html`) } } },
  };
}

export default defineConfig(benchPageConfig('bench', resolve(root, 'out/bench-renderer')));
