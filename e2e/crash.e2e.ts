/**
 * A small sample of the crash soak (`npm run soak` runs 100 + 50): the browser is killed with SIGKILL
 * three times while the real repositories write, and three times during or after a restore. Each next
 * start must open the app; every record keeps its audit entry and no receipt is half written; after a
 * restore the data is the complete old or the complete restored data, and no staging database is left.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSoakPage, measureRestore, prepareRestoredBackup, restoreTrial, startSoakServer, writeTrial, type Fingerprint, type SoakServer } from './soak/harness';

let server: SoakServer;
let restored: Fingerprint;
let restoreMs: number;

beforeAll(async () => {
  await buildSoakPage();
  server = await startSoakServer();
  restored = await prepareRestoredBackup(server, { customers: 1500, calls: 3000 });
  restoreMs = await measureRestore(server.url);
}, 300_000);

afterAll(async () => {
  await server?.close();
});

describe('killed while writing (SIGKILL)', () => {
  it.each([400, 1500, 3000])('after %i ms of writes: the app starts, every record has its audit entry and none is half written', async (ms) => {
    const trial = await writeTrial(server.url, ms);
    expect(trial.start).toBe('signIn');
    expect(trial.pageErrors).toEqual([]);
    expect(trial.writes).toBeGreaterThan(0);
    expect({ withoutAudit: trial.withoutAudit, auditWithoutRecord: trial.auditWithoutRecord, halfWritten: trial.halfWritten }).toEqual({ withoutAudit: 0, auditWithoutRecord: 0, halfWritten: 0 });
  }, 240_000);
});

describe('killed during and after a restore (SIGKILL)', () => {
  // Halfway through the restore, just after 恢复完成 (the moment that used to empty the app), and later.
  it.each([0.5, 1.05, 1.8])('at %f × the restore’s duration: the complete old or the complete restored data, never empty, no staging copy left', async (factor) => {
    const trial = await restoreTrial(server.url, restored, Math.round(restoreMs * factor + (factor > 1 ? 1500 : 0)));
    expect(trial.start).toBe('signIn');
    expect(trial.pageErrors).toEqual([]);
    expect(['old', 'restored']).toContain(trial.outcome);
    if (factor > 1) expect(trial.outcome).toBe('restored');
    expect(trial.leftovers).toEqual([]);
  }, 300_000);
});
