import { useMemo } from 'react';
import { useLang } from '../../i18n/context';
import { PrintPreviewDialog } from '../../print/PrintPreviewDialog';
import { callRegisterSource } from '../../print/print-source';
import type { DayRange } from './date-range';
import type { CallsInRange } from './use-call-logs';

interface Props {
  data: CallsInRange;
  range: DayRange;
  onClose: () => void;
}

/** 打印预览 of the call register (电话记录表) for exactly the calls the list shows. */
export function CallRegisterPreview({ data, range, onClose }: Props) {
  const [lang] = useLang();
  const doc = useMemo(
    () => callRegisterSource(data.calls, data.customersById, range, lang),
    [data, range, lang],
  );
  return <PrintPreviewDialog open onClose={onClose} doc={doc} />;
}
