import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import type { ExportRecord } from '@shared/domain/export-record';
import { exportFileName } from '@shared/export/call-log-rows';
import type { Lang } from '@shared/i18n';
import type { AppDB } from '../../../db/db';
import { addExportRecord } from '../../../db/exports-repo';
import { shipmentLogSheet } from '../../../db/shipments-repo';
import { sha256Hex } from '../../../export/sha256';
import type { Platform } from '../../../platform/platform';

export type LogExportResult = { status: 'empty' } | { status: 'cancelled' } | { status: 'written'; record: ExportRecord };

/**
 * SHP-3: the day's shipment log (发货登记) to .xlsx, registered like every export (REC-2). A day
 * without shipments writes nothing. One day is a few hundred rows: built here, SheetJS loaded on use.
 */
export async function exportShipmentLog(db: AppDB, actor: Actor, platform: Pick<Platform, 'writeExport'>, day: string, lang: Lang): Promise<LogExportResult> {
  assertCan(actor.roles, 'export');
  const spec = await shipmentLogSheet(db, day, lang);
  if (spec.rows.length === 0) return { status: 'empty' };
  const { buildXlsx } = await import('../../../export/xlsx-builder');
  const bytes = buildXlsx(spec);
  const sha256 = await sha256Hex(bytes);
  const fileName = exportFileName('shipmentLog', day, day, lang);
  const written = await platform.writeExport(fileName, bytes);
  if (!written) return { status: 'cancelled' };
  const record: Omit<ExportRecord, 'id'> = {
    kind: 'shipmentLog', rangeFrom: day, rangeTo: day, rowCount: spec.rows.length, createdAt: Date.now(), fileName, location: written.location, sha256,
  };
  const id = await addExportRecord(db, actor, record);
  return { status: 'written', record: { ...record, id } };
}
