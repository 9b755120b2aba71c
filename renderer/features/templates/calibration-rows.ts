/**
 * The calibration wizard's measurement table as plain data: what the user typed per crosshair (and
 * sheet, for continuous forms) → the measurements `profileFromMeasurements` takes.
 */
import type { CrosshairMeasurement } from '@shared/templates/calibration';

export interface Crosshair {
  x: number;
  y: number;
}

/** One row as typed: which crosshair, on which sheet (1-based, as printed), and where it landed. */
export interface MeasureRow {
  crosshair: number;
  sheet: string;
  x: string;
  y: string;
}

export function initialRows(crosshairs: readonly Crosshair[]): MeasureRow[] {
  return crosshairs.map((_, i) => ({ crosshair: i, sheet: '1', x: '', y: '' }));
}

/** A row for the first crosshair on the sheet after the last one measured (continuous-form drift). */
export function nextSheetRow(rows: readonly MeasureRow[]): MeasureRow {
  const lastSheet = Math.max(1, ...rows.map((r) => Number.parseInt(r.sheet, 10)).filter(Number.isFinite));
  return { crosshair: 0, sheet: String(lastSheet + 1), x: '', y: '' };
}

function millimetres(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

function sheetIndex(text: string): number | null {
  const n = Number(text.trim());
  return Number.isInteger(n) && n >= 1 ? n - 1 : null;
}

/** Whether a row's typed values are unusable (a half-filled or mistyped row); empty rows are fine. */
export function isRowInvalid(row: MeasureRow): boolean {
  if (row.x.trim() === '' && row.y.trim() === '') return false;
  return millimetres(row.x) === null || millimetres(row.y) === null || sheetIndex(row.sheet) === null;
}

/**
 * The filled rows as measurements, or null when any row is mistyped or no crosshair of the first
 * sheet was measured (the offset needs at least one).
 */
export function measurementsFromRows(rows: readonly MeasureRow[], crosshairs: readonly Crosshair[]): CrosshairMeasurement[] | null {
  if (rows.some(isRowInvalid)) return null;
  const measurements: CrosshairMeasurement[] = [];
  for (const row of rows) {
    const measuredX = millimetres(row.x);
    const measuredY = millimetres(row.y);
    const sheet = sheetIndex(row.sheet);
    const designed = crosshairs[row.crosshair];
    if (measuredX === null || measuredY === null || sheet === null || !designed) continue;
    measurements.push({ designedX: designed.x, designedY: designed.y, measuredX, measuredY, sheet });
  }
  return measurements.some((m) => m.sheet === 0) ? measurements : null;
}
