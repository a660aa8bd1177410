import { Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '@/components/Chart';
import { Defined } from '@/components/Defined';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatNumber } from '@/lib/format';
import { branchPassRate, meetingPassRate, useCompliance, type ComplianceItem } from '../api/resolutions';

/**
 * Compliance of a subtree with each target: two figures, each under one name with its definition, never one under
 * the other's name: the branches passing (every evaluated meeting of the branch met the target) and the meetings
 * passing, each as "passed/evaluated (rate %)".
 */
export function ComplianceChart({ resolutionId, organizationId, from, to }: {
  resolutionId: string;
  organizationId: string | null;
  from: string | null;
  to: string | null;
}) {
  const { t, i18n } = useTranslation();
  const compliance = useCompliance(resolutionId, organizationId, from, to);
  const items = useMemo(() => compliance.data?.items ?? [], [compliance.data]);
  const rate = (value: number | null) => formatNumber(value, i18n.language);
  // "55/68 (80,9 %)", wrapping between the count and the rate on a phone, never inside either.
  const ratio = (passed: number, total: number, value: number | null) =>
    total === 0 ? (
      '—'
    ) : (
      <span className="ratio">
        <span>{`${formatNumber(passed, i18n.language, 0)}/${formatNumber(total, i18n.language, 0)}`}</span>{' '}
        <span>{t('resolutions.rate', { rate: rate(value) })}</span>
      </span>
    );

  const option = useMemo<ChartOption | null>(() => {
    // Nothing evaluated is not 0 % passing: say there are no figures yet.
    if (items.every((i) => i.meetingsEvaluated === 0)) return null;
    // Short axis labels (the metric, numbered when a metric has several targets): the table below gives the titles.
    const seen = new Map<string, number>();
    const names = items.map((i) => {
      const label = t(`resolutions.metrics.${i.metric}`);
      const n = (seen.get(label) ?? 0) + 1;
      seen.set(label, n);
      return items.filter((x) => x.metric === i.metric).length > 1 ? `${label} (${n})` : label;
    });
    const label = { show: true, position: 'right', formatter: ({ value }: { value: number | null }) => (value == null ? '' : `${rate(value)} %`) };
    return {
      grid: { left: 8, right: 48, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: (value: number | null) => (value == null ? '—' : `${rate(value)} %`) },
      xAxis: { type: 'value', max: 100, splitNumber: 2, axisLabel: { formatter: '{value}%', hideOverlap: true } },
      yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 120 } },
      series: [
        { type: 'bar', name: t('resolutions.branchPassRate'), data: items.map(branchPassRate), itemStyle: { color: '#1f5fa8' }, label },
        { type: 'bar', name: t('resolutions.meetingPassRate'), data: items.map(meetingPassRate), itemStyle: { color: '#8c959f' }, label },
      ],
    };
    // `rate` follows the language, as `t` does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, t]);

  if (compliance.error) return <ProblemAlert error={compliance.error} />;
  if (compliance.isPending) return <p role="status">{t('app.loading')}</p>;
  if (!option) return <p className="muted">{t('dashboard.noData')}</p>;
  return (
    <>
      <Chart option={option} label={t('resolutions.compliance')} height={Math.max(180, 64 * items.length + 40)} />
      <Table<ComplianceItem>
        size="small"
        rowKey="targetId"
        pagination={false}
        dataSource={items}
        columns={[
          { key: 'target', dataIndex: 'targetTitle', title: t('resolutions.targetTitle') },
          {
            key: 'branches',
            title: <Defined label={t('resolutions.branchPass')} definition={t('resolutions.branchPassHint')} />,
            align: 'right',
            render: (_, i) => ratio(i.branchesPassing, i.branchesEvaluated, branchPassRate(i)),
          },
          {
            key: 'meetings',
            title: <Defined label={t('resolutions.meetingPass')} definition={t('resolutions.meetingPassHint')} />,
            align: 'right',
            render: (_, i) => ratio(i.meetingsPassed, i.meetingsEvaluated, meetingPassRate(i)),
          },
        ]}
      />
    </>
  );
}
