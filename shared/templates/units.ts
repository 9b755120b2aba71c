/** Unit conversions for exact-millimetre printing. */
export const mmPerInch = 25.4;
export const ptPerInch = 72;

export function mmToMicrons(mm: number): number {
  return Math.round(mm * 1000);
}

export function mmToPt(mm: number): number {
  return (mm / mmPerInch) * ptPerInch;
}

export function ptToMm(pt: number): number {
  return (pt / ptPerInch) * mmPerInch;
}

export function mmToInches(mm: number): number {
  return mm / mmPerInch;
}
