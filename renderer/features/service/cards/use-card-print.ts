import { useCallback } from 'react';
import { serviceCardRecord } from '@shared/templates/builtin/service-data';
import { getCustomer } from '../../../db/customers-repo';
import { getDb } from '../../../db/db';
import { getProduct } from '../../../db/products-repo';
import type { StoredServiceCard } from '../../../db/service-cards-repo';
import { getStaffMember } from '../../../db/staff-repo';
import { getTemplate } from '../../../db/templates-repo';
import { useLang, useT } from '../../../i18n/context';
import type { PrintPreviewSource } from '../../../print/print-source';
import { templatePrintSource } from '../../../print/template-print-source';
import { cardPrintData } from './card-form';

/** The printable service card (A5 landscape) through the 'service-card' template. */
export function useCardPrint(): (card: StoredServiceCard) => Promise<PrintPreviewSource> {
  const t = useT();
  const [lang] = useLang();
  return useCallback(
    async (card) => {
      const db = getDb();
      const [customer, product, technician, template] = await Promise.all([
        getCustomer(db, card.customerId),
        getProduct(db, card.productId),
        getStaffMember(db, card.technicianId),
        getTemplate(db, 'service-card', lang),
      ]);
      if (!template) throw new Error('service-card template missing');
      const record = serviceCardRecord(cardPrintData(card, { customer, product, technician: technician?.name }));
      const title = t('svcui.card.printTitle', { cardNo: card.cardNo });
      return templatePrintSource(template, [record], { lang, title, fileName: title });
    },
    [t, lang],
  );
}
