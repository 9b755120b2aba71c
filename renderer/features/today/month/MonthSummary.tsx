import { useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import { addDays, monthOf, type DateRange } from '@shared/records/periods';
import { monthLabel, monthReportRows } from '@shared/today/month-report';
import { useCan } from '../../../auth';
import type { Notice } from '../../../components/notice';
import { NoticeSnackbar } from '../../../components/NoticeSnackbar';
import { useLang, useT } from '../../../i18n/context';
import { getPlatform } from '../../../platform';
import { PrintPreviewDialog } from '../../../print/PrintPreviewDialog';
import { usePreviewRequest } from '../../../print/use-preview-request';
import { exportMonthSummary } from './month-export';
import { monthReportSource } from './month-print';
import { useInView } from '../use-in-view';
import { useMonthSummary } from './use-month-summary';

/** 月度汇总: this month's numbers, another month with the arrows; printable (A4) and exportable (Excel). */
export function MonthSummary({ today, now }: { today: string; now: number }) {
  const t = useT();
  const [lang] = useLang();
  const canExport = useCan('export');
  const [month, setMonth] = useState<DateRange>(() => monthOf(today));
  const [printing, setPrinting] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const section = useRef<HTMLElement>(null);
  const inView = useInView(section);
  // Ctrl+P asks for the report even before the section was scrolled to: printing reads it too.
  const summary = useMonthSummary(month, today, inView || printing);
  usePreviewRequest(true, () => setPrinting(true));
  const isCurrent = month.to >= today;
  const runExport = async () => {
    if (!summary) return;
    try {
      const r = await exportMonthSummary(summary, month, lang, getPlatform());
      if (r.status === 'written') setNotice({ severity: 'success', text: t('today.month.exported', { location: r.location }) });
    } catch (error) {
      setNotice({ severity: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <Box component="section" ref={section} aria-label={t('today.month.title', { month: monthLabel(month) })}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h2">{t('today.month.title', { month: monthLabel(month) })}</Typography>
        <IconButton size="small" aria-label={t('today.month.prev')} onClick={() => setMonth(monthOf(addDays(month.from, -1)))}>
          <ChevronLeft fontSize="small" />
        </IconButton>
        <IconButton size="small" aria-label={t('today.month.next')} disabled={isCurrent} onClick={() => setMonth(monthOf(addDays(month.to, 1)))}>
          <ChevronRight fontSize="small" />
        </IconButton>
        <Box sx={{ flexGrow: 1 }} />
        <Button size="small" variant="outlined" disabled={!summary} onClick={() => setPrinting(true)}>
          {t('today.month.print')}
        </Button>
        {canExport && (
          <Button size="small" variant="outlined" disabled={!summary} onClick={() => void runExport()}>
            {t('today.month.export')}
          </Button>
        )}
      </Stack>
      {/* Busy only while reading: below the fold it waits to be scrolled to. */}
      <Card variant="outlined" aria-busy={inView && !summary} sx={{ minHeight: 264 }}>
        <Table size="small" aria-label={t('today.month.title', { month: monthLabel(month) })}>
          <TableBody>
            {summary &&
              monthReportRows(summary, lang).map((r) => (
                <TableRow key={r.label}>
                  <TableCell sx={{ width: 160 }}>{r.label}</TableCell>
                  <TableCell sx={{ width: 160, fontWeight: 600, fontSize: 15 }} align="right">
                    {r.text}
                  </TableCell>
                  <TableCell sx={{ color: 'text.secondary' }}>{r.note}</TableCell>
                </TableRow>
              ))}
          </TableBody>
        </Table>
      </Card>
      <PrintPreviewDialog open={printing} onClose={() => setPrinting(false)} doc={printing && summary ? monthReportSource(summary, month, lang, now) : null} />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Box>
  );
}
