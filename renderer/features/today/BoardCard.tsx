import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import Typography from '@mui/material/Typography';
import type { BoardItemId } from '@shared/today/board-items';
import { useT } from '../../i18n/context';
import { itemHref } from './item-links';
import { cardView, figureText, type LoadedValue, type Tone } from './item-view';

/** The accent of each tone: dimmed when nothing is waiting, so the cards with work stand out. */
const toneColor: Readonly<Record<Tone, string>> = {
  calm: 'text.disabled',
  due: 'primary.main',
  alert: 'error.main',
  done: 'success.main',
};

interface Props {
  id: BoardItemId;
  /** Undefined while the board is being read. */
  value: LoadedValue | undefined;
  now: number;
}

/** One item of the board: its label, a big live figure, one line of detail; a click opens the queue. */
export function BoardCard({ id, value, now }: Props) {
  const t = useT();
  const view = value && cardView(id, value, now);
  const color = toneColor[view?.tone ?? 'calm'];
  const isWord = view !== undefined && !('count' in view.figure);
  const hint = t(`today.item.${id}.hint`, { time: value?.kind === 'settlement' ? value.time : '18:00' });
  return (
    <Card variant="outlined" aria-busy={view === undefined} data-item={id} data-tone={view?.tone} sx={{ borderLeft: 4, borderLeftColor: color }}>
      <CardActionArea
        href={itemHref(id, value?.kind === 'count' ? value.onlyId : undefined)}
        title={hint}
        sx={{ px: 1.5, py: 1, minHeight: 96, display: 'flex', flexDirection: 'column', alignItems: 'flex-start', justifyContent: 'flex-start' }}
      >
        <Typography variant="body2" color="text.secondary" sx={{ fontWeight: 600 }}>
          {t(`today.item.${id}`)}
        </Typography>
        <Typography component="p" data-figure sx={{ color, fontWeight: 700, lineHeight: 1.15, fontSize: isWord ? 22 : 34, my: isWord ? 0.75 : 0 }}>
          {view ? figureText(view, t) : '…'}
        </Typography>
        <Typography variant="caption" color={view?.tone === 'alert' ? 'error.main' : 'text.secondary'} sx={{ minHeight: 18 }}>
          {view?.sub ? t(view.sub.key, view.sub.params) : ''}
        </Typography>
      </CardActionArea>
    </Card>
  );
}
