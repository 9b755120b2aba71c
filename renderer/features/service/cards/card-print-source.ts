import type { Lang, Translate } from '@shared/i18n';
import { serviceCardRecord } from '@shared/templates/builtin/service-data';
import { getCustomer } from '../../../db/customers-repo';
import type { AppDB } from '../../../db/db';
import { getProduct } from '../../../db/products-repo';
import type { StoredServiceCard } from '../../../db/service-cards-repo';
import { getStaffMember } from '../../../db/staff-repo';
import type { PrintPreviewSource } from '../../../print/print-source';
import { recordPrintSource } from '../../../print/record-print';
import { cardPrintData } from './card-form';

/** The 'service-card' template (A5 landscape): a card's print job, with its printer's calibration applied. */
export const serviceCardTemplateId = 'service-card';

/** One service card as a print job, names resolved. */
export async function serviceCardPrintSource(db: AppDB, card: StoredServiceCard, t: Translate, lang: Lang): Promise<PrintPreviewSource> {
  const [customer, product, technician] = await Promise.all([getCustomer(db, card.customerId), getProduct(db, card.productId), getStaffMember(db, card.technicianId)]);
  const record = serviceCardRecord(cardPrintData(card, { customer, product, technician: technician?.name }));
  return recordPrintSource(db, serviceCardTemplateId, [record], { lang, title: t('svcui.card.printTitle', { cardNo: card.cardNo }) });
}
