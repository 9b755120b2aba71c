import type { Dexie } from 'dexie';
import { checkRow } from '@shared/rows/check';
import type { RowProblem } from '@shared/rows/labels';
import type { OnBackupProgress } from './progress';

/**
 * Checks every row of every table of the staged database against its table's row schema (the same
 * schemas the database checks each write with), after the upgrades of an older backup have run, so
 * what is checked is exactly what the switch would make live. Stops at the first bad row and says
 * where it is: its table and its place in that table (1 = first, in key order, as in the file).
 */
export async function checkStagedRows(db: Dexie, onProgress?: OnBackupProgress): Promise<RowProblem | null> {
  const counts = await Promise.all(db.tables.map((t) => t.count()));
  const total = counts.reduce((a, b) => a + b, 0);
  const step = Math.max(1, Math.floor(total / 200));
  let done = 0;
  onProgress?.({ phase: 'validate', done, total });
  for (const table of db.tables) {
    let row = 0;
    let problem: RowProblem | null = null;
    await table
      .toCollection()
      .until(() => problem !== null)
      .each((value: unknown) => {
        row += 1;
        done += 1;
        const fault = checkRow(table.name, value);
        if (fault) problem = { table: table.name, row, fault };
        if (done % step === 0) onProgress?.({ phase: 'validate', done, total });
      });
    if (problem) return problem;
  }
  onProgress?.({ phase: 'validate', done: total, total });
  return null;
}
