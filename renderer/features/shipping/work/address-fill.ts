import { addressParts, parseAddress, type AddressPart } from '@shared/address/parse';
import type { Recipient } from '@shared/shipping/shipping-list';

export interface AddressFill {
  recipient: Recipient;
  /** Parts the parser is unsure of: highlighted for the clerk to check. */
  flagged: AddressPart[];
  /** Nothing at all was recognised: the clerk fills the fields by hand. */
  nothingFound: boolean;
}

/**
 * A pasted blob ("张三 13800138000 北京市海淀区中关村大街1号") read offline into the recipient's
 * fields. A part the text does not contain keeps what the form had.
 */
export function fillFromPaste(text: string, current: Recipient): AddressFill {
  const parsed = parseAddress(text);
  const found = addressParts.filter((p) => parsed[p].trim() !== '');
  const recipient = { ...current };
  for (const p of found) recipient[p] = parsed[p].trim();
  return { recipient, flagged: parsed.flagged, nothingFound: found.length === 0 };
}
