import { describe, expect, it } from 'vitest';
import {
  allowedTrackingHosts, defaultCarriers, duplicateTracking, isAllowedTrackingUrl, normalizeTrackingNo, trackingFormatWarning, trackingPageUrl,
  trackingWarnings, validateCarriers,
} from './carriers';

describe('carriers', () => {
  it('has the nine default couriers, each with an allow-listed https tracking page', () => {
    expect(defaultCarriers.map((c) => c.name)).toEqual(['顺丰', '中通', '圆通', '申通', '韵达', '极兔', 'EMS', '京东', '德邦']);
    expect(validateCarriers(defaultCarriers)).toEqual([]);
    for (const c of defaultCarriers) expect(trackingPageUrl(c, 'SF1234567890123'), c.code).toMatch(/^https:\/\/www\.kuaidi100\.com\/chaxun\?com=\w+&nu=SF1234567890123$/);
  });

  it.each([
    ['SF', 'SF1234567890123', 'SF12345'],
    ['SF', '123456789012', '1234567890'],
    ['ZTO', '78123456789012', '68123456789012'],
    ['YTO', 'YT1234567890123', 'YT123'],
    ['STO', '773123456789012', '123456789012'],
    ['STO', '268123456789', '2681234'],
    ['YD', '4312345678901', '431234'],
    ['JT', 'JT1234567890123', 'JT12345'],
    ['EMS', 'EA123456789CN', 'EA123456789US'],
    ['EMS', '1123456789012', '11234'],
    ['JD', 'JD0123456789012', 'JD01'],
    ['DBL', 'DPK123456789012', 'DPKXYZ'],
    ['DBL', '1234567890', '123'],
  ])('%s: %s looks right, %s gets a warning', (code, good, bad) => {
    expect(trackingFormatWarning(code, good)).toBeUndefined();
    expect(trackingFormatWarning(code, bad)).toEqual({ path: 'waybill.trackingNo', message: 'carrier.warn.format' });
  });

  it('reads a scanned or typed number in any case and spacing; an unknown carrier is not checked', () => {
    expect(normalizeTrackingNo(' sf 1234-5678-90123 ')).toBe('SF1234567890123');
    expect(trackingFormatWarning('SF', 'sf 1234 5678 90123')).toBeUndefined();
    expect(trackingFormatWarning('LOCAL', 'anything')).toBeUndefined();
  });

  it('warns, never blocks, about a tracking number used twice', () => {
    expect(duplicateTracking('sf1234567890123', ['YT1234567890123', 'SF1234567890123'])).toEqual({ path: 'waybill.trackingNo', message: 'carrier.warn.duplicate' });
    expect(duplicateTracking('SF1234567890124', ['SF1234567890123'])).toBeUndefined();
    expect(trackingWarnings('SF', 'SF12', ['SF12']).map((w) => w.message)).toEqual(['carrier.warn.format', 'carrier.warn.duplicate']);
  });

  it('allows only https pages on the listed hosts (for shell.openExternal)', () => {
    expect(allowedTrackingHosts).toContain('www.kuaidi100.com');
    expect(isAllowedTrackingUrl('https://www.sf-express.com/chn/sc/waybill/waybill-detail/SF1')).toBe(true);
    for (const bad of [
      'http://www.kuaidi100.com/chaxun?nu=1',
      'https://www.kuaidi100.com.evil.example/chaxun',
      'https://user@www.kuaidi100.com/',
      'https://www.kuaidi100.com:8443/',
      'file:///C:/Windows/system32/calc.exe',
      'https://evil.example/?https://www.kuaidi100.com/',
      'https://www.kuaidi100.com/ x',
    ]) expect(isAllowedTrackingUrl(bad), bad).toBe(false);
  });

  it('gives no page for a carrier pointed at another site, or for a number that is not one', () => {
    expect(trackingPageUrl({ trackingUrl: 'https://evil.example/?n={no}' }, 'SF1234567890123')).toBeUndefined();
    expect(trackingPageUrl(defaultCarriers[0] ?? { trackingUrl: '' }, '"><script>')).toBeUndefined();
  });

  it('checks an edited carrier list: codes unique, names present, tracking pages allowed', () => {
    const list = [
      { code: 'SF', name: '顺丰', trackingUrl: '', active: true },
      { code: 'SF', name: ' ', trackingUrl: 'https://www.sf-express.com/x', active: true },
      { code: 'bad code', name: '某快递', trackingUrl: 'https://evil.example/{no}', active: true },
    ];
    expect(validateCarriers(list)).toEqual([
      { path: 'carriers.1.code', message: 'carrier.error.duplicateCode' },
      { path: 'carriers.1.name', message: 'carrier.error.nameRequired' },
      { path: 'carriers.1.trackingUrl', message: 'carrier.error.urlNotAllowed' },
      { path: 'carriers.2.code', message: 'carrier.error.badCode' },
      { path: 'carriers.2.trackingUrl', message: 'carrier.error.urlNotAllowed' },
    ]);
  });
});
