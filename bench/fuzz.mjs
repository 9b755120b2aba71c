/**
 * The full fuzz sets (`npm run fuzz`): 300 damaged or forged backup files and 300 fuzzed import
 * files, each through the real restore and import code on fake-indexeddb. `npm test` runs 30 of
 * each; this run prints the figures. FUZZ_COUNT and FUZZ_SEED change the size and the cases.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const files = ['renderer/db/backup/fuzz/backup-fuzz.test.ts', 'renderer/db/import-fuzz.test.ts'];
const env = { ...process.env, FUZZ_COUNT: process.env.FUZZ_COUNT ?? '300' };
const run = spawnSync(process.execPath, [resolve(root, 'node_modules/vitest/vitest.mjs'), 'run', ...files, '--testTimeout=900000'], { cwd: root, env, stdio: 'inherit' });
process.exit(run.status ?? 1);
