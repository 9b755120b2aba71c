import { useState } from 'react';
import { toIsoDate } from '@shared/domain/local-date';
import { waybillRecord } from '@shared/templates/builtin/waybill-data';
import type { ShippingList } from '@shared/shipping/shipping-list';
import type { ShipDoc } from '@shared/shipping/ship-doc';
import { useActor } from '../../../auth';
import { errorText } from '../../../auth/error-text';
import { getDb } from '../../../db/db';
import { getSender } from '../../../db/carriers-repo';
import { markWaybillsPrinted } from '../../../db/shipping-repo';
import { useLang, useT } from '../../../i18n/context';
import type { PrintPreviewSource } from '../../../print/print-source';
import { recordPrintSource } from '../../../print/record-print';
import type { StoredProduct } from '../common/use-data';
import { shipApi } from './ship-api';
import { waybillData, waybillTemplateId, type WaybillForm } from './waybill-print';

export interface WaybillJob {
  doc: Pick<ShipDoc, 'source' | 'lines' | 'remarks' | 'waybill'>;
  list: Pick<ShippingList, 'recipient'>;
}

/**
 * SHP-2: waybills through the print engine (one job for a batch; the preview shows its progress),
 * marked printed only when the platform accepted the job.
 */
export function useWaybillPrint(products: ReadonlyMap<number, StoredProduct> | undefined) {
  const t = useT();
  const [lang] = useLang();
  const actor = useActor();
  const [doc, setDoc] = useState<PrintPreviewSource | null>(null);
  const [sources, setSources] = useState<ShipDoc['source'][]>([]);
  const [error, setError] = useState<string | null>(null);

  const open = async (jobs: readonly WaybillJob[], carrier: string, form: WaybillForm) => {
    setError(null);
    try {
      // Read at print time: the waybill never prints the default while the stored sender is still loading.
      const sender = (await getSender(getDb())) ?? { name: t('shipui.sender.default'), phone: '', address: '' };
      const date = toIsoDate(Date.now());
      const records = jobs.map((j) => waybillRecord(waybillData({ slip: j.doc, list: j.list, products: products ?? new Map(), sender, date })));
      const source = await recordPrintSource(getDb(), waybillTemplateId(carrier, form), records, { lang, title: t('shipui.waybill.print') });
      setSources(jobs.map((j) => j.doc.source));
      setDoc(source);
    } catch (e) {
      setError(errorText(t, e));
    }
  };

  const printed = async () => {
    try {
      const slipIds = sources.flatMap((s) => (s.type === 'slip' ? [s.id] : []));
      if (slipIds.length > 0) await markWaybillsPrinted(getDb(), actor, slipIds);
      for (const s of sources) if (s.type === 'exchange') await shipApi(s).waybillPrinted(getDb(), actor);
    } catch (e) {
      setError(errorText(t, e));
    }
  };

  return { doc, open, close: () => setDoc(null), printed, error, printedCount: sources.length };
}
