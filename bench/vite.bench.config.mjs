// Builds only the bench page into out/bench-renderer, without the app (a half-finished screen elsewhere
// cannot stop a benchmark run, and out/renderer stays untouched):
//   npx vite build --config bench/vite.bench.config.mjs && BENCH_RENDERER_DIR=out/bench-renderer node bench/run.mjs
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('bench') },
  root: resolve(root, 'renderer'),
  resolve: { alias: { '@shared': resolve(root, 'shared') } },
  worker: { format: 'es' },
  build: {
    outDir: resolve(root, 'out/bench-renderer'),
    emptyOutDir: true,
    rollupOptions: { input: { bench: resolve(root, 'renderer/bench.html') } },
  },
});
