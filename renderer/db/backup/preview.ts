import { auditFingerprint, countLostAudit, staffChanges, staffSnapshot, type AuditComparison, type StaffChange, type StaffSnapshot } from '@shared/backup/restore-changes';
import type { AppDB } from '../db';
import { ExportScanner, ExportTooLarge } from './json-scan';
import { byteStream } from './streams';

/** What a restore would change in the staff table and the audit trail, before anyone approves it. */
export interface RestorePreview {
  staff: StaffChange[];
  audit: AuditComparison;
}

interface FileSide {
  staff: StaffSnapshot[];
  audit: Map<number, number>;
}

/** Reads the backup's staff rows and its audit entries' fingerprints, streaming past every other table. */
async function readFileSide(data: Uint8Array): Promise<FileSide> {
  const side: FileSide = { staff: [], audit: new Map() };
  const reader = byteStream(data)
    .pipeThrough(new DecompressionStream('gzip'))
    .pipeThrough(new TextDecoderStream('utf-8', { fatal: true }))
    .getReader();
  const scanner = new ExportScanner(2000);
  let table = '';
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      for (const event of scanner.push(next.value)) {
        if (event.type === 'table') table = event.name;
        else if (event.type === 'rows' && (table === 'staff' || table === 'auditLog')) addRows(side, table, JSON.parse(`[${event.json}]`));
      }
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  return side;
}

function addRows(side: FileSide, table: 'staff' | 'auditLog', rows: unknown): void {
  if (!Array.isArray(rows)) return;
  for (const row of rows) {
    if (table === 'staff') {
      const s = staffSnapshot(row);
      if (s) side.staff.push(s);
    } else {
      const e = auditFingerprint(row);
      if (e) side.audit.set(e.id, e.fingerprint);
    }
  }
}

/** Today's audit entries against the file's, read page by page (a trail of a million entries is not held at once). */
async function compareAudit(live: AppDB, file: ReadonlyMap<number, number>): Promise<AuditComparison> {
  const pageSize = 5000;
  let after = -Infinity;
  let totals = { live: 0, lost: 0 };
  for (;;) {
    const page = await live.auditLog.where('id').above(after).limit(pageSize).toArray();
    const counted = countLostAudit(page, file);
    totals = { live: totals.live + counted.live, lost: totals.lost + counted.lost };
    const last = page.at(-1)?.id;
    if (page.length < pageSize || last === undefined) break;
    after = last;
  }
  return { ...totals, file: file.size };
}

export type PreviewResult = { ok: true; preview: RestorePreview } | { ok: false; reason: 'backup.error.unreadable' | 'backup.error.tooLarge' };

/**
 * What restoring a checked backup (its gzipped export) over `live` would change. Refused when the
 * file's rows cannot be read, or when one is larger than any record the app writes (the scanner's
 * limit stops it before it is read whole): the restore itself refuses such a file for the same reason.
 */
export async function previewRestore(data: Uint8Array, live: AppDB): Promise<PreviewResult> {
  let file: FileSide;
  try {
    file = await readFileSide(data);
  } catch (error) {
    if (error instanceof ExportTooLarge) return { ok: false, reason: 'backup.error.tooLarge' };
    console.warn('the backup’s staff and audit rows could not be read for the preview', error);
    return { ok: false, reason: 'backup.error.unreadable' };
  }
  const liveStaff = (await live.staff.toArray()).map(staffSnapshot).filter((s): s is StaffSnapshot => s !== null);
  return { ok: true, preview: { staff: staffChanges(liveStaff, file.staff), audit: await compareAudit(live, file.audit) } };
}
