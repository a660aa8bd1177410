import { Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '@/components/Chart';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDate, formatNumber } from '@/lib/format';
import { useResolutionEffect, type Target } from '../api/resolutions';

/** Each metric's average before and after the issue date, side by side. */
export function EffectChart({ resolutionId, months }: { resolutionId: string; months: number }) {
  const { t, i18n } = useTranslation();
  const effect = useResolutionEffect(resolutionId, months);
  const option = useMemo<ChartOption | null>(() => {
    const items = effect.data?.items ?? [];
    if (items.length === 0) return null;
    return {
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: items.map((i) => t(`resolutions.metrics.${i.metric}`)), axisLabel: { interval: 0, width: 64, overflow: 'break' } },
      yAxis: { type: 'value' },
      series: [
        { type: 'bar', name: t('resolutions.before'), data: items.map((i) => i.before), itemStyle: { color: '#8c959f' } },
        { type: 'bar', name: t('resolutions.after'), data: items.map((i) => i.after), itemStyle: { color: '#b3261e' } },
      ],
    };
  }, [effect.data, t]);
  if (effect.error) return <ProblemAlert error={effect.error} />;
  if (effect.isPending) return <p role="status">{t('app.loading')}</p>;
  if (!option) return <p className="muted">{t('dashboard.noData')}</p>;
  const empty = (effect.data?.items ?? []).every((i) => i.before == null && i.after == null);
  return (
    <>
      {empty ? <p className="muted">{t('dashboard.noData')}</p> : <Chart option={option} label={t('resolutions.effect')} />}
      <p className="muted" style={{ marginBottom: 8 }}>
        {t('resolutions.before')}: {formatDate(effect.data?.beforeFrom)} – {formatDate(effect.data?.issuedOn)} · {t('resolutions.after')}:{' '}
        {formatDate(effect.data?.issuedOn)} – {formatDate(effect.data?.afterTo)}
      </p>
      {!empty && (
      <Table
        size="small"
        rowKey="metric"
        pagination={false}
        dataSource={effect.data?.items ?? []}
        columns={[
          { title: t('resolutions.metric'), dataIndex: 'metric', render: (m: Target['metric']) => t(`resolutions.metrics.${m}`) },
          { title: t('resolutions.before'), dataIndex: 'before', align: 'right', render: (v: number | null) => formatNumber(v, i18n.language) },
          { title: t('resolutions.after'), dataIndex: 'after', align: 'right', render: (v: number | null) => formatNumber(v, i18n.language) },
          {
            title: t('resolutions.change'),
            dataIndex: 'change',
            align: 'right',
            render: (v: number | null) => (v == null ? '—' : `${v > 0 ? '+' : ''}${formatNumber(v, i18n.language)}`),
          },
        ]}
      />
      )}
    </>
  );
}
