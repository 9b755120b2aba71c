import { describe, expect, it } from 'vitest';
import { profileFromMeasurements } from '@shared/templates/calibration';
import { initialRows, isRowInvalid, measurementsFromRows, nextSheetRow, type MeasureRow } from './calibration-rows';

const crosshairs = [
  { x: 20, y: 20 },
  { x: 210, y: 20 },
  { x: 115, y: 63.5 },
];

function filled(values: [string, string][]): MeasureRow[] {
  return initialRows(crosshairs).map((r, i) => ({ ...r, x: values[i]?.[0] ?? '', y: values[i]?.[1] ?? '' }));
}

describe('calibration wizard measurements', () => {
  it('starts with one empty row per crosshair on sheet 1', () => {
    expect(initialRows(crosshairs)).toEqual([
      { crosshair: 0, sheet: '1', x: '', y: '' },
      { crosshair: 1, sheet: '1', x: '', y: '' },
      { crosshair: 2, sheet: '1', x: '', y: '' },
    ]);
  });

  it('turns typed millimetres into measurements and skips empty rows', () => {
    const m = measurementsFromRows(filled([['21.5', '19'], ['211,5', '19.0']]), crosshairs);
    expect(m).toEqual([
      { designedX: 20, designedY: 20, measuredX: 21.5, measuredY: 19, sheet: 0 },
      { designedX: 210, designedY: 20, measuredX: 211.5, measuredY: 19, sheet: 0 },
    ]);
    // Printed 1.5 mm right and 1 mm high → move the page 1.5 mm left and 1 mm down.
    expect(profileFromMeasurements(m ?? [])).toEqual({ offsetXMm: -1.5, offsetYMm: 1, driftMmPerSheet: 0 });
  });

  it('needs at least one crosshair of sheet 1', () => {
    expect(measurementsFromRows(initialRows(crosshairs), crosshairs)).toBeNull();
    const onlyLater = [{ crosshair: 0, sheet: '2', x: '20', y: '21' }];
    expect(measurementsFromRows(onlyLater, crosshairs)).toBeNull();
  });

  it('refuses a half-filled or mistyped row rather than guessing', () => {
    expect(isRowInvalid({ crosshair: 0, sheet: '1', x: '20', y: '' })).toBe(true);
    expect(isRowInvalid({ crosshair: 0, sheet: '1', x: '2o', y: '20' })).toBe(true);
    expect(isRowInvalid({ crosshair: 0, sheet: '0', x: '20', y: '20' })).toBe(true);
    expect(isRowInvalid({ crosshair: 0, sheet: '1', x: '', y: ' ' })).toBe(false);
    expect(measurementsFromRows(filled([['21', '20'], ['x', '20']]), crosshairs)).toBeNull();
  });

  it('a later sheet of continuous paper gives the drift per sheet', () => {
    const rows = [...filled([['20', '20']]), { ...nextSheetRow(filled([['20', '20']])), x: '20', y: '20.8' }];
    expect(rows[3]?.sheet).toBe('2');
    const m = measurementsFromRows(rows, crosshairs);
    expect(m?.[1]).toMatchObject({ sheet: 1, measuredY: 20.8 });
    expect(profileFromMeasurements(m ?? []).driftMmPerSheet).toBe(0.8);
  });
});
