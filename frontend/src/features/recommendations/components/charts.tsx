import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '@/components/Chart';
import type { RecommendationStats } from '../api/types';

/** Counts per group as horizontal bars (long Vietnamese labels read better across), overdue stacked in red. */
export function GroupBars({ stats, label, labelOf, limit }: { stats: RecommendationStats; label: string; labelOf?: (key: string, label?: string | null) => string; limit?: number }) {
  const { t } = useTranslation();
  const groups = (limit ? stats.groups.slice(0, limit) : stats.groups).slice().reverse();
  const option = useMemo<ChartOption>(
    () => ({
      // Room for a legend wrapped onto two lines on a phone.
      grid: { left: 8, right: 16, top: 60, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: groups.map((g) => (labelOf ? labelOf(g.key, g.label) : (g.label ?? g.key))),
        axisLabel: { width: 150, overflow: 'truncate' },
      },
      series: [
        { type: 'bar', stack: 'n', name: t('recommendations.answered'), data: groups.map((g) => g.answered), itemStyle: { color: '#1f5fa8' } },
        {
          type: 'bar',
          stack: 'n',
          name: t('recommendations.overdue'),
          data: groups.map((g) => g.overdue),
          itemStyle: { color: '#b3261e' },
        },
        {
          type: 'bar',
          stack: 'n',
          name: t('recommendations.pending'),
          data: groups.map((g) => Math.max(0, g.count - g.answered - g.overdue)),
          itemStyle: { color: '#9aa5b1' },
        },
      ],
    }),
    [groups, labelOf, t],
  );
  return <Chart option={option} label={label} height={Math.max(240, groups.length * 30 + 90)} />;
}

/** Counts per month as columns. */
export function MonthColumns({ stats, label }: { stats: RecommendationStats; label: string }) {
  const { t } = useTranslation();
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: stats.groups.map((g) => `${g.key.slice(5)}/${g.key.slice(0, 4)}`) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', name: t('recommendations.count'), data: stats.groups.map((g) => g.count), itemStyle: { color: '#1f5fa8' } },
        { type: 'line', name: t('recommendations.overdue'), data: stats.groups.map((g) => g.overdue), itemStyle: { color: '#b3261e' } },
      ],
    }),
    [stats, t],
  );
  return <Chart option={option} label={label} />;
}
