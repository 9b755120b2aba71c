import { useLiveQuery } from 'dexie-react-hooks';
import type { WaybillParty } from '@shared/templates/builtin/waybill-data';
import { getDb } from '../../../db/db';
import { getSetting, setSetting } from '../../../db/settings-repo';
import { useT } from '../../../i18n/context';

/** The center as sender (寄件人) on every waybill; kept in settings, edited with the carriers. */
export const senderSettingKey = 'shipping.sender';

function isParty(v: unknown): v is WaybillParty {
  return typeof v === 'object' && v !== null && ['name', 'phone', 'address'].every((k) => typeof (v as Record<string, unknown>)[k] === 'string');
}

export function useSender(): WaybillParty {
  const t = useT();
  const fallback: WaybillParty = { name: t('shipui.sender.default'), phone: '', address: '' };
  const stored = useLiveQuery(() => getSetting<unknown>(getDb(), senderSettingKey, null), []);
  return isParty(stored) ? stored : fallback;
}

export function saveSender(sender: WaybillParty): Promise<void> {
  return setSetting(getDb(), senderSettingKey, { name: sender.name.trim(), phone: sender.phone.trim(), address: sender.address.trim() });
}
