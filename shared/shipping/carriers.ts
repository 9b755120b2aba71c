import type { Issue } from '../validation';
import { issue } from '../slips/messages';

/** A courier company of the editable list (stored in settings); `code` is what shipments keep. */
export interface Carrier {
  code: string;
  /** The name on screen and on the log (the default names are in the dictionary: `carrier.<code>`). */
  name: string;
  /** Public tracking page, `{no}` replaced by the tracking number; https on an allow-listed host only. */
  trackingUrl: string;
  active: boolean;
}

/**
 * The tracking pages open in the system browser through kuaidi100's public lookup page, whose
 * `com` codes are stable and which takes the number in the URL; each carrier's own site is also
 * allow-listed, so a clerk may point a carrier at its own page instead.
 */
const kuaidi100 = (com: string) => `https://www.kuaidi100.com/chaxun?com=${com}&nu={no}`;

export const defaultCarriers: readonly Carrier[] = [
  { code: 'SF', name: '顺丰', trackingUrl: kuaidi100('shunfeng'), active: true },
  { code: 'ZTO', name: '中通', trackingUrl: kuaidi100('zhongtong'), active: true },
  { code: 'YTO', name: '圆通', trackingUrl: kuaidi100('yuantong'), active: true },
  { code: 'STO', name: '申通', trackingUrl: kuaidi100('shentong'), active: true },
  { code: 'YD', name: '韵达', trackingUrl: kuaidi100('yunda'), active: true },
  { code: 'JT', name: '极兔', trackingUrl: kuaidi100('jtexpress'), active: true },
  { code: 'EMS', name: 'EMS', trackingUrl: kuaidi100('ems'), active: true },
  { code: 'JD', name: '京东', trackingUrl: kuaidi100('jd'), active: true },
  { code: 'DBL', name: '德邦', trackingUrl: kuaidi100('debangkuaidi'), active: true },
];

/** Hosts `shell.openExternal` may open (Electron main checks with `isAllowedTrackingUrl`). */
export const allowedTrackingHosts: readonly string[] = [
  'www.kuaidi100.com',
  'www.sf-express.com',
  'www.zto.com',
  'www.yto.net.cn',
  'www.sto.cn',
  'www.yundaex.com',
  'www.jtexpress.com.cn',
  'www.ems.com.cn',
  'www.jdl.com',
  'www.deppon.com',
];

const httpsUrl = /^https:\/\/([a-z0-9.-]+)(?::443)?(?:[/?#]|$)/i;

/** True for an https URL on an allow-listed host (no credentials, no other port, no other scheme). */
export function isAllowedTrackingUrl(url: string): boolean {
  const m = httpsUrl.exec(url);
  return m !== null && allowedTrackingHosts.includes((m[1] ?? '').toLowerCase()) && !/\s/.test(url);
}

/** Letters and digits only, upper-case: what a scanner or a careful clerk types. */
export function normalizeTrackingNo(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

/** The carrier's tracking page for a number, or undefined when its template is not allow-listed. */
export function trackingPageUrl(carrier: Pick<Carrier, 'trackingUrl'>, trackingNo: string): string | undefined {
  const no = normalizeTrackingNo(trackingNo);
  if (!/^[A-Z0-9]{6,40}$/.test(no) || !carrier.trackingUrl.includes('{no}')) return undefined;
  const url = carrier.trackingUrl.replaceAll('{no}', encodeURIComponent(no));
  return isAllowedTrackingUrl(url) ? url : undefined;
}

/**
 * Tracking-number shapes per carrier, as seen on current waybills. Heuristics only: carriers add
 * series without notice, so a mismatch WARNS and never blocks.
 */
export const trackingPatterns: Readonly<Record<string, RegExp>> = {
  SF: /^(SF\d{12,13}|\d{12})$/, // SF + 12–13 digits (older: 12 digits)
  ZTO: /^[57]\d{11,13}$/, // 7x / 5x, 12–14 digits
  YTO: /^YT\d{13}$/, // YT + 13 digits
  STO: /^(?=\d{12,15}$)(77|[2-9]68|55|88)\d+$/, // 77…, 268…/368…/…, 12–15 digits
  YD: /^\d{13,15}$/, // 13–15 digits
  JT: /^JT\d{13}$/, // JT + 13 digits
  EMS: /^([A-Z]{2}\d{9}CN|\d{11,13})$/, // international 2 letters + 9 digits + CN, domestic 11–13 digits
  JD: /^JD[A-Z0-9]{12,15}$/, // JD + 12–15 letters/digits
  DBL: /^(DPK\d{9,15}|\d{10,12})$/, // DPK + digits, or 10–12 digits
};

/** A warning when the number does not look like the carrier's (no pattern known: no warning). */
export function trackingFormatWarning(carrierCode: string, trackingNo: string): Issue | undefined {
  const pattern = trackingPatterns[carrierCode];
  if (!pattern) return undefined;
  return pattern.test(normalizeTrackingNo(trackingNo)) ? undefined : issue('waybill.trackingNo', 'carrier.warn.format');
}

/** A warning when the number is already on another shipment (a rescan, or a typing slip). */
export function duplicateTracking(trackingNo: string, existing: Iterable<string>): Issue | undefined {
  const no = normalizeTrackingNo(trackingNo);
  for (const e of existing) if (normalizeTrackingNo(e) === no) return issue('waybill.trackingNo', 'carrier.warn.duplicate');
  return undefined;
}

/** Both warnings at once, for the tracking-number field. */
export function trackingWarnings(carrierCode: string, trackingNo: string, existing: Iterable<string>): Issue[] {
  return [trackingFormatWarning(carrierCode, trackingNo), duplicateTracking(trackingNo, existing)].filter((w): w is Issue => w !== undefined);
}

const carrierCodePattern = /^[A-Z0-9]{1,10}$/;

/** The editable list: unique codes, a name each, tracking pages on allowed hosts only. */
export function validateCarriers(list: readonly Carrier[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  list.forEach((c, i) => {
    if (!carrierCodePattern.test(c.code)) issues.push(issue(`carriers.${i}.code`, 'carrier.error.badCode'));
    else if (seen.has(c.code)) issues.push(issue(`carriers.${i}.code`, 'carrier.error.duplicateCode'));
    seen.add(c.code);
    if (c.name.trim() === '') issues.push(issue(`carriers.${i}.name`, 'carrier.error.nameRequired'));
    const sample = c.trackingUrl.replaceAll('{no}', 'SF1234567890123');
    if (c.trackingUrl !== '' && (!c.trackingUrl.includes('{no}') || !isAllowedTrackingUrl(sample))) {
      issues.push(issue(`carriers.${i}.trackingUrl`, 'carrier.error.urlNotAllowed'));
    }
  });
  return issues;
}
