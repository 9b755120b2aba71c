const msPerDay = 24 * 60 * 60 * 1000;
const excelEpochUtc = Date.UTC(1899, 11, 30);

/**
 * The Excel serial number showing the Date's local wall-clock time. Excel cells carry no time
 * zone, so a call at 09:30 Beijing time must be stored as 09:30, not as its UTC instant.
 * (1900 date system; all our dates are after 1900-03-01, past Excel's fictitious 1900-02-29.)
 */
export function excelSerialFromLocal(date: Date): number {
  const wallClockAsUtc = Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
    date.getMilliseconds(),
  );
  return (wallClockAsUtc - excelEpochUtc) / msPerDay;
}
