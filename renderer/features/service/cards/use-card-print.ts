import { useCallback } from 'react';
import { getDb } from '../../../db/db';
import type { StoredServiceCard } from '../../../db/service-cards-repo';
import { useLang, useT } from '../../../i18n/context';
import type { PrintPreviewSource } from '../../../print/print-source';
import { serviceCardPrintSource } from './card-print-source';

/** The printable service card (A5 landscape) through the 'service-card' template and its printer's profile. */
export function useCardPrint(): (card: StoredServiceCard) => Promise<PrintPreviewSource> {
  const t = useT();
  const [lang] = useLang();
  return useCallback((card) => serviceCardPrintSource(getDb(), card, t, lang), [t, lang]);
}
