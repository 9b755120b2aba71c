import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { Customer } from '@shared/domain/customer';
import { formatGoods, slipGoods } from '@shared/shipping/shipment-log';
import { ValidationError } from '@shared/validation';
import { useActor, useCan } from '../../../auth';
import { getDb } from '../../../db/db';
import { issuesByPath } from '../../../i18n/issue-text';
import { useLang, useT } from '../../../i18n/context';
import type { StepRunner } from '../common/use-step-runner';
import type { StoredProduct } from '../common/use-data';
import { AddressPasteBox } from './AddressPasteBox';
import { DoubtBanner } from './DoubtBanner';
import { phoneConfirmDefaults } from './phone-confirm';
import { PhoneConfirmDialog } from './PhoneConfirmDialog';
import { ReportButton } from '../report/ReportButton';
import { shippingListTable } from './picking-report';
import { RecipientFields } from './RecipientFields';
import { shipApi } from './ship-api';
import type { ShipWork } from './use-ship-work';
import { useRecipientForm } from './use-recipient-form';

interface Props {
  work: ShipWork;
  customer: Customer | undefined;
  products: ReadonlyMap<number, StoredProduct>;
  runner: StepRunner;
}

/** OUT-2 发货明细表 + SHP-1: goods by category, the recipient (pasted blob read offline), the confirmation call, hand-over. */
export function RecipientSection({ work, customer, products, runner }: Props) {
  const t = useT();
  const [lang] = useLang();
  const actor = useActor();
  const mayFill = useCan('slip.create');
  const { doc: slip, list } = work;
  const api = shipApi(slip.source);
  const form = useRecipientForm(slip.source, list?.updatedAt);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [calling, setCalling] = useState(false);
  const editable = slip.status === 'draft' && mayFill;
  const db = getDb();

  const save = async (): Promise<boolean> => {
    if (!form.recipient || !form.lines) return false;
    try {
      await api.saveList(db, actor, { lines: form.lines, recipient: form.recipient });
      setErrors({});
      form.markSaved();
      return true;
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      setErrors(issuesByPath(t, e.issues));
      throw e;
    }
  };

  const confirmCall = (v: ReturnType<typeof phoneConfirmDefaults>) =>
    void runner
      .run(async () => {
        const at = Date.now();
        await api.confirmByPhone(db, actor, { direction: 'out', at, phone: v.phone, contact: v.contact, topic: 'logistics', content: v.content, result: v.result }, v.contactChecked, at);
        return t('shipui.phone.saved');
      })
      .then((ok) => ok && setCalling(false));

  if (!form.recipient || !form.lines) return null;
  const recipient = form.recipient;
  const goods = formatGoods(slipGoods(slip, products));
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Table size="small" sx={{ width: 320, flexShrink: 0 }} aria-label={t('shipping.list.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('shipping.field.category')}</TableCell>
              <TableCell align="right">{t('shipping.field.qty')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {form.lines.map((l) => (
              <TableRow key={l.category}>
                <TableCell>{l.category}</TableCell>
                <TableCell align="right">{l.qty}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {editable && <AddressPasteBox onParse={form.paste} />}
      </Stack>
      {form.nothingFound && <Alert severity="info">{t('address.nothingFound')}</Alert>}
      {form.flagged.length > 0 && <Alert severity="warning">{t('address.lowConfidence')}</Alert>}
      <RecipientFields value={recipient} onChange={form.change} flagged={form.flagged} errors={errors} readOnly={!editable} />
      {slip.status === 'draft' && (
        <DoubtBanner doubts={form.doubts} confirmation={slip.phoneConfirmation} mayCall={mayFill} onCall={() => setCalling(true)} />
      )}
      <Stack direction="row" spacing={1}>
        {editable && (
          <>
            <Button variant="outlined" disabled={runner.busy} onClick={() => void runner.run(async () => ((await save()), t('shipui.list.saved')))}>
              {t('shipui.list.save')}
            </Button>
            <Button
              variant="contained"
              disabled={runner.busy}
              onClick={() =>
                void runner.run(async () => {
                  if (form.dirty || !list) await save();
                  await api.handOver(db, actor);
                  return t('shipui.list.handedOver');
                })
              }
            >
              {t('shipui.list.handOver')}
            </Button>
          </>
        )}
        {list && (
          <ReportButton label={t('shipui.list.print')} make={() => [shippingListTable(list.lines, { slipNo: slip.no, source: slip.source.type, customer: customer?.name ?? '', recipient: list.recipient, t, lang })]} />
        )}
      </Stack>
      {calling && (
        <PhoneConfirmDialog
          initial={phoneConfirmDefaults(slip.no, customer, recipient, goods, t)}
          reasons={form.doubts}
          busy={runner.busy}
          error={runner.error}
          onClose={() => setCalling(false)}
          onConfirm={confirmCall}
        />
      )}
    </Stack>
  );
}
