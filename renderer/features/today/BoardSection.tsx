import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { BoardSectionView } from '@shared/today/board-items';
import { useT } from '../../i18n/context';
import { BoardCard } from './BoardCard';
import type { BoardValues } from './use-board-values';

/** A titled group of cards (今日待办 / 库房 / 待主管处理), laid out in as many columns as fit. */
export function BoardSection({ view, values, now }: { view: BoardSectionView; values: BoardValues | undefined; now: number }) {
  const t = useT();
  const title = t(`today.section.${view.section}`);
  return (
    <Box component="section" aria-label={title}>
      <Typography variant="h2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(172px, 1fr))', gap: 1.25 }}>
        {view.items.map((item) => (
          <BoardCard key={item.id} id={item.id} value={values?.[item.id]} now={now} />
        ))}
      </Box>
    </Box>
  );
}
