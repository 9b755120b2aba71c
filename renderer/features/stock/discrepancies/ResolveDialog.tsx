import { validateDiscrepancyResolution } from '@shared/stock/receiving';
import { assertValid } from '@shared/validation';
import { useActor } from '../../../auth';
import { getDb } from '../../../db/db';
import { resolveDiscrepancy } from '../../../db/receiving-repo';
import { useT } from '../../../i18n/context';
import { TextEntryDialog } from '../../../components/TextEntryDialog';

interface Props {
  id: number;
  /** The discrepancy in words (slip, product, note vs counted). */
  description: string;
  onClose: () => void;
  onResolved: () => void;
}

/** IN-3: the supervisor closes a discrepancy with what was done; the stock is not touched. */
export function ResolveDialog({ id, description, onClose, onResolved }: Props) {
  const t = useT();
  const actor = useActor();

  const resolve = async (resolution: string) => {
    assertValid(validateDiscrepancyResolution(resolution));
    await resolveDiscrepancy(getDb(), actor, id, resolution.trim());
    onResolved();
    return true;
  };

  return (
    <TextEntryDialog titleId="resolve-title" title={t('stockui.disc.resolveTitle')} description={description} label={t('stockui.disc.resolution')}
      fieldPath="resolution" submitLabel={t('stockui.disc.resolve')} onSubmit={resolve} onClose={onClose} />
  );
}
