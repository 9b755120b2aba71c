import { describe, expect, it } from 'vitest';
import { profileFromMeasurements, sheetTranslation, neutralProfile } from './calibration';
import { mmToMicrons, mmToPt, ptToMm, mmToInches } from './units';

describe('units', () => {
  it('converts mm to microns, points and inches', () => {
    expect(mmToMicrons(241)).toBe(241_000);
    expect(mmToMicrons(93.35)).toBe(93_350);
    expect(mmToPt(25.4)).toBeCloseTo(72, 10);
    expect(ptToMm(mmToPt(210))).toBeCloseTo(210, 10);
    expect(mmToInches(210)).toBeCloseTo(8.2677, 4);
  });
});

describe('printer profile', () => {
  it('a printer printing 1.5 mm right and 0.8 mm high is corrected by −1.5 / +0.8', () => {
    const p = profileFromMeasurements([
      { designedX: 20, designedY: 20, measuredX: 21.5, measuredY: 19.2, sheet: 0 },
      { designedX: 200, designedY: 120, measuredX: 201.5, measuredY: 119.2, sheet: 0 },
    ]);
    expect(p).toEqual({ offsetXMm: -1.5, offsetYMm: 0.8, driftMmPerSheet: 0 });
  });

  it('drift: each sheet landing 0.3 mm lower is corrected sheet by sheet', () => {
    const p = profileFromMeasurements([
      { designedX: 20, designedY: 20, measuredX: 20, measuredY: 21, sheet: 0 },
      { designedX: 20, designedY: 20, measuredX: 20, measuredY: 21.9, sheet: 3 },
    ]);
    expect(p.offsetYMm).toBe(-1);
    expect(p.driftMmPerSheet).toBeCloseTo(0.3, 10);
    expect(sheetTranslation(p, 0)).toEqual({ xMm: 0, yMm: -1 });
    expect(sheetTranslation(p, 3)).toEqual({ xMm: 0, yMm: -1.9 });
  });

  it('the neutral profile moves nothing, and a measurement set without sheet 0 is refused', () => {
    expect(sheetTranslation(neutralProfile, 5)).toEqual({ xMm: 0, yMm: 0 });
    expect(() => profileFromMeasurements([{ designedX: 1, designedY: 1, measuredX: 1, measuredY: 1, sheet: 1 }])).toThrow(RangeError);
  });
});
