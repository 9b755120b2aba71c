import { describe, expect, it } from 'vitest';
import { buildPdfOptions, buildPrintOptions, isCancelReason, mmToInches, mmToMicrons } from './print-options';

const a4 = { widthMm: 210, heightMm: 297 };

describe('print options', () => {
  it('converts millimetres to microns for webContents.print', () => {
    expect(mmToMicrons(210)).toBe(210_000);
    expect(mmToMicrons(297)).toBe(297_000);
    expect(mmToMicrons(76.2)).toBe(76_200);
  });

  it('prints A4 in microns with no printer margins and backgrounds on', () => {
    expect(buildPrintOptions({ pageSize: a4, silent: true, printerName: 'HP LaserJet', copies: 2 })).toEqual({
      silent: true,
      deviceName: 'HP LaserJet',
      copies: 2,
      margins: { marginType: 'none' },
      pageSize: { width: 210_000, height: 297_000 },
      printBackground: true,
    });
  });

  it('leaves the device to the dialog or system default when no printer is named', () => {
    const options = buildPrintOptions({ pageSize: a4, silent: false });
    expect(options).not.toHaveProperty('deviceName');
    expect(options.copies).toBe(1);
    expect(options.margins).toEqual({ marginType: 'none' });
  });

  it('passes the dpi to Electron as { horizontal, vertical } for drivers that shrink silent prints', () => {
    expect(buildPrintOptions({ pageSize: a4, silent: true, printerName: 'EPSON LQ-630K', dpi: 180 }).dpi).toEqual({
      horizontal: 180,
      vertical: 180,
    });
    expect(buildPrintOptions({ pageSize: a4, silent: true })).not.toHaveProperty('dpi');
  });

  it('gives printToPDF the size in inches, zero margins and the CSS page size first', () => {
    expect(mmToInches(25.4)).toBe(1);
    const options = buildPdfOptions({ pageSize: a4 });
    expect(options.pageSize).toEqual({ width: 210 / 25.4, height: 297 / 25.4 });
    expect(options).toMatchObject({ margins: { top: 0, bottom: 0, left: 0, right: 0 }, printBackground: true, preferCSSPageSize: true });
  });

  it('recognises the cancelled-dialog failure reason', () => {
    expect(isCancelReason('Print job canceled')).toBe(true);
    expect(isCancelReason('Print job cancelled')).toBe(true);
    expect(isCancelReason('Print job failed')).toBe(false);
  });
});
