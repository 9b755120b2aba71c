import { useLiveQuery } from 'dexie-react-hooks';
import type { WaybillParty } from '@shared/templates/builtin/waybill-data';
import { getSender } from '../../../db/carriers-repo';
import { getDb } from '../../../db/db';
import { useT } from '../../../i18n/context';

/**
 * The center as sender on every waybill, live; undefined while it is being read, so no form starts
 * from the default and then saves it over the stored sender (and no waybill prints without it).
 */
export function useSender(): WaybillParty | undefined {
  const t = useT();
  const stored = useLiveQuery(async () => ({ sender: await getSender(getDb()) }), []);
  if (!stored) return undefined;
  return stored.sender ?? { name: t('shipui.sender.default'), phone: '', address: '' };
}
