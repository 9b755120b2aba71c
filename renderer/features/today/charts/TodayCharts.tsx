import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { otherCategory } from '../../../db/today-charts-repo';
import { useT } from '../../../i18n/context';
import { ChartCard } from './ChartCard';
import { chartHeight, chartMargin, countAxis, dayAxis, sum, weekAxis } from './chart-axes';
import type { ChartData } from './use-chart-data';

/** 近期数据: calls and shipments per day, service requests by category, issues and stock alerts per week. */
export function TodayCharts({ data }: { data: ChartData | undefined }) {
  const t = useT();
  const d: Partial<ChartData> = data ?? {};
  const common = { height: chartHeight, margin: chartMargin, skipAnimation: true, hideLegend: true, grid: { horizontal: true }, yAxis: countAxis } as const;
  const categoryName = (key: string) => (key === '' ? t('today.chart.noCategory') : key === otherCategory ? t('today.chart.other') : key);
  return (
    <Box component="section" aria-label={t('today.charts.title')}>
      <Typography variant="h2" sx={{ mb: 1 }}>
        {t('today.charts.title')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(340px, 1fr))', gap: 1.25 }}>
        <ChartCard title={t('today.chart.callsPerDay')} total={d.calls && sum(d.calls.counts)} loading={!d.calls} height={chartHeight}>
          {d.calls && <BarChart {...common} xAxis={dayAxis(d.calls.labels)} series={[{ data: d.calls.counts, label: t('today.chart.calls'), color: '#1f5fa8' }]} />}
        </ChartCard>
        <ChartCard title={t('today.chart.shipmentsPerDay')} total={d.shipments && sum(d.shipments.counts)} loading={!d.shipments} height={chartHeight}>
          {d.shipments && (
            <BarChart {...common} xAxis={dayAxis(d.shipments.labels)} series={[{ data: d.shipments.counts, label: t('today.chart.shipments'), color: '#2e7d32' }]} />
          )}
        </ChartCard>
        <ChartCard title={t('today.chart.serviceByCategory')} total={d.categories && sum(d.categories.map((c) => c.count))} loading={!d.categories} height={chartHeight}>
          {d.categories && (
            <BarChart
              {...common}
              layout="horizontal"
              grid={{ vertical: true }}
              xAxis={[{ tickMinStep: 1, height: 30 }]}
              yAxis={[{ scaleType: 'band', data: d.categories.map((c) => categoryName(c.key)), width: 84 }]}
              series={[{ data: d.categories.map((c) => c.count), label: t('today.chart.requests'), color: '#8a5a00' }]}
            />
          )}
        </ChartCard>
        <ChartCard title={t('today.chart.outstandingWeekly')} total={d.outstanding && sum(d.outstanding.opened) + sum(d.outstanding.closed)} loading={!d.outstanding} height={chartHeight} hideTotal>
          {d.outstanding && (
            <BarChart
              {...common}
              hideLegend={false}
              xAxis={weekAxis(d.outstanding.labels)}
              series={[
                { data: d.outstanding.opened, label: t('today.chart.opened'), color: '#c62828' },
                { data: d.outstanding.closed, label: t('today.chart.closed'), color: '#2e7d32' },
              ]}
            />
          )}
        </ChartCard>
        <ChartCard title={t('today.chart.stockAlerts')} total={d.alerts && sum(d.alerts.counts)} loading={!d.alerts} height={chartHeight}>
          {d.alerts && <BarChart {...common} xAxis={weekAxis(d.alerts.labels)} series={[{ data: d.alerts.counts, label: t('today.chart.alerts'), color: '#ed6c02' }]} />}
        </ChartCard>
      </Box>
    </Box>
  );
}
