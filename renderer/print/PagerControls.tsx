import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import NavigateBeforeIcon from '@mui/icons-material/NavigateBefore';
import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import type { Translate } from '@shared/i18n';

export interface PagerControlsProps {
  t: Translate;
  /** 0-based. */
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
}

/** 上一页 · 第 n / N 页 · 下一页 (PgUp / PgDn do the same from anywhere in the preview). */
export function PagerControls({ t, page, pageCount, onPage }: PagerControlsProps) {
  return (
    <>
      <IconButton aria-label={t('print.preview.prevPage')} onClick={() => onPage(page - 1)} disabled={page <= 0}>
        <NavigateBeforeIcon />
      </IconButton>
      <Typography aria-live="polite" sx={{ whiteSpace: 'nowrap' }}>
        {t('print.preview.pageOf', { page: Math.min(page + 1, pageCount), pages: pageCount })}
      </Typography>
      <IconButton aria-label={t('print.preview.nextPage')} onClick={() => onPage(page + 1)} disabled={page >= pageCount - 1}>
        <NavigateNextIcon />
      </IconButton>
    </>
  );
}
