import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import { ValidationError } from '@shared/validation';
import { recordHistory } from './audit-repo';
import { addExportRecord } from './exports-repo';
import { exportScheduleKey, getExportSchedule, listDuePeriods, setExportSchedule } from './export-schedule-repo';
import { openServiceWorld, type ServiceWorld } from './service-test-world';

let w: ServiceWorld;
beforeEach(async () => {
  w = await openServiceWorld();
});
afterEach(async () => {
  await w.db.delete();
});

describe('export schedule (REC-2)', () => {
  it('is unset at first: nothing is due', async () => {
    expect(await getExportSchedule(w.db)).toBeNull();
    expect(await listDuePeriods(w.db, w.t0)).toEqual([]);
  });

  it('a supervisor sets it, validated and audited; others are refused', async () => {
    await expect(setExportSchedule(w.db, w.clerk, { period: 'weekly', kinds: ['callLogs'], since: '2026-11-01' }, w.t0)).rejects.toBeInstanceOf(PermissionError);
    await expect(setExportSchedule(w.db, w.boss, { period: 'weekly', kinds: [], since: '2026-11-01' }, w.t0)).rejects.toBeInstanceOf(ValidationError);
    await setExportSchedule(w.db, w.boss, { period: 'weekly', kinds: ['callLogs', 'callLogs'], since: '2026-11-01' }, w.t0);
    expect(await getExportSchedule(w.db)).toEqual({ period: 'weekly', kinds: ['callLogs'], since: '2026-11-01' });
    await setExportSchedule(w.db, w.boss, { period: 'monthly', kinds: ['callLogs'], since: '2026-11-01' }, w.t0);
    expect((await recordHistory(w.db, 'settings', exportScheduleKey)).map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('REC-2: a missed period stays due until an export in the registry covers it', async () => {
    await setExportSchedule(w.db, w.boss, { period: 'weekly', kinds: ['callLogs'], since: '2026-11-09' }, w.t0);
    // 2026-11-27 is a Friday: the weeks of 9 and 16 November have ended.
    expect((await listDuePeriods(w.db, w.t0)).map((p) => p.from)).toEqual(['2026-11-09', '2026-11-16']);
    await addExportRecord(w.db, w.clerk, { kind: 'callLogs', rangeFrom: '2026-11-16', rangeTo: '2026-11-22', rowCount: 0, createdAt: w.t0, fileName: 'f.xlsx', location: '/x', sha256: 'b'.repeat(64) });
    expect((await listDuePeriods(w.db, w.t0)).map((p) => p.from)).toEqual(['2026-11-09']);
  });
});
