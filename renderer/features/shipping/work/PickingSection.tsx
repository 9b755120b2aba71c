import Stack from '@mui/material/Stack';
import type { Customer } from '@shared/domain/customer';
import { ActionButton, useActor } from '../../../auth';
import { getDb } from '../../../db/db';
import { useLang, useT } from '../../../i18n/context';
import { ReportButton } from '../report/ReportButton';
import type { StepRunner } from '../common/use-step-runner';
import type { StoredProduct } from '../common/use-data';
import { pickingTable } from './picking-report';
import { shipApi } from './ship-api';
import type { ShipWork } from './use-ship-work';
import { useLiveQuery } from 'dexie-react-hooks';

interface Props {
  work: ShipWork;
  customer: Customer | undefined;
  products: ReadonlyMap<number, StoredProduct>;
  runner: StepRunner;
}

/** 配货: the printable picking list (sets opened, bins, two count columns) and 开始配货. */
export function PickingSection({ work, customer, products, runner }: Props) {
  const t = useT();
  const [lang] = useLang();
  const actor = useActor();
  const { doc: slip, list } = work;
  const api = shipApi(slip.source);
  const rows = useLiveQuery(() => api.pickingList(getDb()), [slip.source.type, slip.source.id, slip.updatedAt]);
  if (!list) return null;
  return (
    <Stack direction="row" spacing={1}>
      <ReportButton
        label={t('shipui.pick.print')}
        disabled={!rows}
        make={() => [pickingTable(rows ?? [], products, { slipNo: slip.no, source: slip.source.type, customer: customer?.name ?? '', recipient: list.recipient, t, lang })]}
      />
      {slip.status === 'listed' && (
        <ActionButton needs="shipment.pack" variant="contained" disabled={runner.busy} onClick={() => void runner.run(async () => (await api.startPicking(getDb(), actor), t('shipui.pick.started')))}>
          {t('shipui.pick.start')}
        </ActionButton>
      )}
    </Stack>
  );
}
