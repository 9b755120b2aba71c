import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** End-to-end suite: drives the built renderer (out/renderer) in Debian Chromium with playwright-core. */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['./e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
