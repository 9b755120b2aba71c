import type { Translate } from '@shared/i18n';
import { defaultCarriers, type Carrier } from '@shared/shipping/carriers';
import { isStringKey } from '../../../i18n/issue-text';

/** A default carrier's name in the screen's language (carrier.SF …); a stored name as typed. */
export function carrierName(carriers: readonly Carrier[] | undefined, code: string, t: Translate): string {
  const c = carriers?.find((x) => x.code === code);
  const key = `carrier.${code}`;
  const isDefaultName = c === undefined || defaultCarriers.some((d) => d.code === code && d.name === c.name);
  if (isDefaultName && isStringKey(key)) return t(key);
  return c?.name ?? code;
}
