import { useState } from 'react';
import PrintIcon from '@mui/icons-material/Print';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { DateRange } from '@shared/records/periods';
import { errorText } from '../../auth/error-text';
import type { Notice } from '../../components/notice';
import { getDb } from '../../db/db';
import { reviewPackEntries } from '../../db/reviews-repo';
import { useLang, useT } from '../../i18n/context';
import { PrintPreviewDialog } from '../../print/PrintPreviewDialog';
import type { PrintPreviewSource } from '../../print/print-source';
import { reviewPackSource } from './pack-source';

interface Props {
  weeks: readonly DateRange[];
  index: number;
  onIndex: (index: number) => void;
  onNotice: (n: Notice) => void;
}

/** 周审阅表: the chosen week (this one or one of the seven before) and its A4 pack in the print preview. */
export function ReviewPackBar({ weeks, index, onIndex, onNotice }: Props) {
  const t = useT();
  const [lang] = useLang();
  const [doc, setDoc] = useState<PrintPreviewSource | null>(null);
  const week = weeks[index] ?? weeks[0];

  const open = async () => {
    if (!week) return;
    try {
      setDoc(reviewPackSource(await reviewPackEntries(getDb(), week, lang), week, lang));
    } catch (e) {
      onNotice({ severity: 'error', text: errorText(t, e) });
    }
  };

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <TextField select size="small" label={t('revui.pack.week')} value={String(index)} onChange={(e) => onIndex(Number(e.target.value))} sx={{ width: 260 }}>
        {weeks.map((w, i) => (
          <MenuItem key={w.from} value={String(i)}>
            {t('exports.rangeValue', { from: w.from, to: w.to })}
          </MenuItem>
        ))}
      </TextField>
      <Button variant="outlined" startIcon={<PrintIcon />} onClick={() => void open()} sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
        {t('revui.pack.print')}
      </Button>
      <PrintPreviewDialog open={doc !== null} doc={doc} onClose={() => setDoc(null)} />
    </Stack>
  );
}
