import { useLiveQuery } from 'dexie-react-hooks';
import type { ExportRecord } from '@shared/domain/export-record';
import { getDb } from '../../db/db';
import { listExportRecords } from '../../db/exports-repo';

/** The export registry, newest first, live (a new export appears as soon as it is registered). */
export function useExportRecords(): ExportRecord[] | undefined {
  return useLiveQuery(() => listExportRecords(getDb()), []);
}
