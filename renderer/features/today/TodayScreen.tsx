import { useEffect, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { boardFor } from '@shared/today/board-items';
import { useActor } from '../../auth';
import { StorageWarning } from '../../components/StorageWarning';
import { hasItemQuery } from '../../db/today-repo';
import { useT } from '../../i18n/context';
import { BoardSection } from './BoardSection';
import { MonthSummary } from './month/MonthSummary';
import { SettlementReminder } from './SettlementReminder';
import { TodayHeader } from './TodayHeader';
import { useChartData, type ChartData } from './charts/use-chart-data';
import { useBoardValues } from './use-board-values';
import { useTodayClock } from './use-today-clock';

/** Space kept for what comes after the cards, so the page does not jump when it arrives. */
const Placeholder = ({ height }: { height: number }) => <Box aria-busy sx={{ height }} />;

// The charts library is its own chunk, fetched while the sign-in screen shows: off the start-up
// path, and in by the time the cards are drawn. Not React.lazy: a Suspense boundary holds revealed
// content back for up to 300 ms, longer than the whole board may take.
let chartsModule: typeof import('./charts/TodayCharts') | null = null;
const chartsChunk = import('./charts/TodayCharts').then((m) => (chartsModule = m));

function useChartsLoaded(): boolean {
  const [loaded, setLoaded] = useState(chartsModule !== null);
  useEffect(() => {
    let live = true;
    if (!loaded) void chartsChunk.then(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [loaded]);
  return loaded;
}

/** True from the frame after `on` turned true: the cards get painted before the charts are drawn. */
function useNextFrame(on: boolean): boolean {
  const [next, setNext] = useState(false);
  useEffect(() => {
    if (!on || next) return undefined;
    const id = requestAnimationFrame(() => setTimeout(() => setNext(true), 0));
    return () => cancelAnimationFrame(id);
  }, [on, next]);
  return next;
}

/** The charts, or their placeholder until their code is in and the cards have been painted. */
function Charts({ data, show }: { data: ChartData | undefined; show: boolean }) {
  const loaded = useChartsLoaded();
  const module = loaded ? chartsModule : null;
  return show && module ? <module.TodayCharts data={data} /> : <Placeholder height={chartsHeight} />;
}

/** About the charts' height (two rows of panels), so the month summary below does not jump. */
const chartsHeight = 480;

/**
 * 首页 (Today): what is due now for the person signed in, by role — each card a live count that opens
 * its queue — then the center's recent figures (read alongside the cards, drawn after them) and the
 * month summary (read when scrolled to).
 */
export function TodayScreen() {
  const t = useT();
  const actor = useActor();
  const ctx = useTodayClock();
  const sections = useMemo(() => boardFor(actor.roles, hasItemQuery), [actor.roles]);
  const ids = useMemo(() => sections.flatMap((s) => s.items.map((i) => i.id)), [sections]);
  const values = useBoardValues(ids, ctx);
  // The cards first; the charts' reads and drawing, then the month summary, in the frames after.
  const afterCards = useNextFrame(values !== undefined);
  const chartData = useChartData(ctx.today, values !== undefined);
  return (
    <Stack spacing={2.5} component="section" aria-label={t('nav.home')} sx={{ pb: 3 }}>
      <TodayHeader name={actor.name} ctx={ctx} />
      <StorageWarning variant="card" />
      {ids.includes('settlementToday') && <SettlementReminder value={values?.settlementToday} now={ctx.now} />}
      {sections.map((view) => (
        <BoardSection key={view.section} view={view} values={values} now={ctx.now} />
      ))}
      <Charts data={chartData} show={afterCards} />
      {afterCards ? <MonthSummary today={ctx.today} now={ctx.now} /> : <Placeholder height={300} />}
    </Stack>
  );
}
