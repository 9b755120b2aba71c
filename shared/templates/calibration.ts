/** A printer profile for one template: where the printer really puts things, to be corrected. */
export interface PrinterProfile {
  /** Shift of the whole page, mm (positive = right/down), applied as a translation. */
  offsetXMm: number;
  offsetYMm: number;
  /** Continuous forms: how far each further sheet lands lower than the one before, mm. */
  driftMmPerSheet: number;
}

export const neutralProfile: PrinterProfile = { offsetXMm: 0, offsetYMm: 0, driftMmPerSheet: 0 };

/** Rounds to the 0.1 mm steps the profile is kept in. */
export function roundTenth(mm: number): number {
  // `|| 0` turns -0 into 0, so a neutral result reads as zero.
  return Math.round(mm * 10) / 10 || 0;
}

/** The translation to apply to sheet `index` (0-based) of a batch so the data lands where designed. */
export function sheetTranslation(profile: PrinterProfile, index: number): { xMm: number; yMm: number } {
  return {
    xMm: roundTenth(profile.offsetXMm),
    yMm: roundTenth(profile.offsetYMm - profile.driftMmPerSheet * index),
  };
}

export interface CrosshairMeasurement {
  /** Where the crosshair was designed, mm from the paper's top-left corner. */
  designedX: number;
  designedY: number;
  /** Where the user measured it on paper printed with the neutral profile. */
  measuredX: number;
  measuredY: number;
  /** Which sheet of a continuous batch it was on (0 = first). */
  sheet: number;
}

/**
 * Calibration: from crosshairs measured on a page printed without correction, the profile that moves
 * the data back onto its designed positions. Offsets average the first sheet's crosshairs; drift is the
 * average extra vertical error per sheet from the later sheets.
 */
export function profileFromMeasurements(measurements: CrosshairMeasurement[]): PrinterProfile {
  const first = measurements.filter((m) => m.sheet === 0);
  if (first.length === 0) throw new RangeError('at least one crosshair on the first sheet is needed');
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const errX = avg(first.map((m) => m.measuredX - m.designedX));
  const errY = avg(first.map((m) => m.measuredY - m.designedY));
  const later = measurements.filter((m) => m.sheet > 0);
  const drift = later.length ? avg(later.map((m) => (m.measuredY - m.designedY - errY) / m.sheet)) : 0;
  return { offsetXMm: roundTenth(-errX), offsetYMm: roundTenth(-errY), driftMmPerSheet: roundTenth(drift) };
}
