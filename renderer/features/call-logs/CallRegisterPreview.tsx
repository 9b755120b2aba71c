import { useMemo } from 'react';
import { useLang } from '../../i18n/context';
import { PrintPreviewDialog } from '../../print/PrintPreviewDialog';
import { callRegisterSource } from '../../print/print-source';
import { countedCalls } from './call-totals';
import type { DayRange } from './date-range';
import type { CallsInRange } from './use-call-logs';

interface Props {
  data: CallsInRange;
  range: DayRange;
  onClose: () => void;
}

/**
 * 打印预览 of the call register (电话记录表) for the calls the list shows, minus the voided ones: the
 * register prints only calls that count, so its rows and its "共 N 条" agree with the list's total.
 * (A voided call stays on screen with its mark; on paper it is simply not part of the register.)
 */
export function CallRegisterPreview({ data, range, onClose }: Props) {
  const [lang] = useLang();
  const doc = useMemo(
    () => callRegisterSource(countedCalls(data.calls), data.customersById, range, lang),
    [data, range, lang],
  );
  return <PrintPreviewDialog open onClose={onClose} doc={doc} />;
}
