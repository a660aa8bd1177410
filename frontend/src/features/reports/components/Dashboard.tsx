import { Card, Col, Flex, Row } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '@/components/Chart';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useHomeOrganization } from '@/components/use-home-organization';
import { quarterLabel, recentQuarters } from '@/lib/format';
import { useSearchParams } from '@/lib/url-state';
import { useResolutionChoices } from '../api/resolution-choices';
import { useQuarterTrend } from '../api/scorecard';
import { ResolutionPicker } from './ResolutionPicker';

interface Slots {
  /** The compliance bars of a resolution over a subtree (the resolutions feature draws them). */
  compliance: (props: { resolutionId: string; organizationId: string | null }) => ReactNode;
  /** Before/after the resolution's issue date. */
  effect: (props: { resolutionId: string }) => ReactNode;
  /** Recommendations by field and by month, and the overdue answers (the recommendations feature draws them). */
  recommendations: (props: { organizationId: string | null }) => ReactNode;
}

/** A subtree at a glance: compliance with each target, attendance and opinions over time, a resolution's effect. */
export function Dashboard({ compliance, effect, recommendations }: Slots) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const home = useHomeOrganization();
  const organizationId = params.get('org') ?? home.data ?? null;
  // The default: the document in force for the subtree with the most targets (the server's first).
  const resolutions = useResolutionChoices(organizationId, '');
  const resolutionId = params.get('nq') ?? resolutions.data?.[0]?.id ?? null;
  const quarters = useMemo(() => recentQuarters(6).reverse(), []);
  const trend = useQuarterTrend(organizationId, quarters);

  const trendOption = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: quarters.map((q) => quarterLabel(q, i18n.language)) },
      yAxis: [
        { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
        { type: 'value', minInterval: 1 },
      ],
      series: [
        { type: 'line', name: t('dashboard.attendance'), data: trend.trend.map((q) => q.attendance), itemStyle: { color: '#b3261e' }, connectNulls: true },
        { type: 'line', name: t('dashboard.opinions'), yAxisIndex: 1, data: trend.trend.map((q) => q.opinions), itemStyle: { color: '#1f5fa8' }, connectNulls: true },
      ],
    }),
    [quarters, trend.trend, t, i18n.language],
  );

  return (
    <>
      <PageHeader title={t('dashboard.title')} />
      <Flex className="toolbar" gap="small" wrap>
        <OrganizationSelect value={organizationId} onChange={(id) => setParams({ org: id })} aria-label={t('dashboard.subtree')} />
        <ResolutionPicker organizationId={organizationId} value={resolutionId} onChange={(id) => setParams({ nq: id })} />
      </Flex>
      {(home.error || resolutions.error) && <ProblemAlert error={home.error ?? resolutions.error} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={<h2 className="section-title">{t('dashboard.compliance')}</h2>}>
            {resolutionId ? compliance({ resolutionId, organizationId }) : <p className="muted">{t('dashboard.noData')}</p>}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={<h2 className="section-title">{t('dashboard.trend')}</h2>}>
            {trend.error ? (
              <ProblemAlert error={trend.error} />
            ) : trend.isPending ? (
              <p role="status">{t('app.loading')}</p>
            ) : trend.trend.every((q) => q.meetings === 0) ? (
              <p className="muted">{t('dashboard.noData')}</p>
            ) : (
              <Chart option={trendOption} label={t('dashboard.trend')} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={<h2 className="section-title">{t('dashboard.effect')}</h2>}>
            {resolutionId ? effect({ resolutionId }) : <p className="muted">{t('dashboard.noData')}</p>}
          </Card>
        </Col>
      </Row>
      <h2 className="section-title dashboard-section">{t('dashboard.recommendations')}</h2>
      {recommendations({ organizationId })}
    </>
  );
}
