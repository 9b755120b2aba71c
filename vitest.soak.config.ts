import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * `npm run soak`: the crash soak (e2e/soak/soak.soak.ts), kept out of `npm test` for its length: 100
 * kills during writes and 50 during or after a restore. SOAK_WRITES / SOAK_RESTORES change the counts.
 */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    include: ['e2e/soak/**/*.soak.ts'],
    environment: 'node',
    testTimeout: 6 * 3600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
