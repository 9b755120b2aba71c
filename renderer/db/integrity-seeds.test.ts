import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@shared/auth/roles';
import { seedTenYears } from '../bench/ten-year-data';
import type { AppDB } from './db';
import { loadDemoData } from './demo-data';
import { checkIntegrity } from './integrity';
import { createFirstSupervisor } from './staff-repo';
import { openTestDb } from './test-db';

let db: AppDB;
let boss: Actor;
beforeEach(async () => {
  db = openTestDb();
  boss = await createFirstSupervisor(db, '周主管', '123456');
});
afterEach(async () => {
  await db.delete();
});

describe('checkIntegrity on the data the app and the benchmarks write', () => {
  it('finds nothing on the demo data (载入示例数据)', async () => {
    await loadDemoData(db, boss, new Date(2026, 10, 20, 15, 0).getTime());
    const report = await checkIntegrity(db);
    expect(report.problems).toEqual([]);
    expect(report.movements).toBe(2);
    expect(report.records).toBeGreaterThan(30);
  });

  it('finds nothing on a small database built by the 10-year benchmark seed', async () => {
    await seedTenYears(db, { customers: 300, calls: 2000, shipments: 200 }, boss, new Date(2026, 10, 20, 15, 0).getTime());
    const report = await checkIntegrity(db);
    expect(report.problems.slice(0, 5)).toEqual([]);
    expect(report.shipments).toBe(200);
  }, 20_000);
});
