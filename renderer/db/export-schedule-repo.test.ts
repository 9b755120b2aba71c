import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import { ValidationError } from '@shared/validation';
import { recordHistory } from './audit-repo';
import { addExportRecord } from './exports-repo';
import { exportScheduleKey, getExportSchedule, listDuePeriods, setExportSchedule } from './export-schedule-repo';
import { day, hour, openServiceWorld, type ServiceWorld } from './service-test-world';

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

  it('REC-2: a file written while its weeks were still running counts only for the calls entered before it; a call entered later that day makes its week due', async () => {
    await setExportSchedule(w.db, w.boss, { period: 'weekly', kinds: ['callLogs'], since: '2026-11-23' }, w.t0);
    const file = (rangeFrom: string, rangeTo: string, createdAt: number) =>
      addExportRecord(w.db, w.clerk, { kind: 'callLogs', rangeFrom, rangeTo, rowCount: 1, createdAt, fileName: 'f.xlsx', location: '/x', sha256: 'a'.repeat(64) });
    await w.call({ at: w.t0 - 2 * day }, w.t0 - 2 * day);
    // Friday 10:00: 11-23..12-31 exported, the weeks from this one on still running.
    await file('2026-11-23', '2026-12-31', w.t0);
    const monday = w.t0 + 10 * day; // 2026-12-07: two weeks have ended
    expect(await listDuePeriods(w.db, monday)).toEqual([]);
    // Entered that afternoon, dated that day: in no file.
    await w.call({ at: w.t0 + 5 * hour }, w.t0 + 5 * hour);
    expect(await listDuePeriods(w.db, monday)).toEqual([{ from: '2026-11-23', to: '2026-11-29', kinds: ['callLogs'] }]);
    // Exported again, the week holds it: done.
    await file('2026-11-23', '2026-11-29', monday);
    expect(await listDuePeriods(w.db, monday + hour)).toEqual([]);
  });
});
