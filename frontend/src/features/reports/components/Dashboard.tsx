import { Card, Col, Flex, Row, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '@/components/Chart';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useHomeOrganization } from '@/components/use-home-organization';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { quarterLabel, recentQuarters } from '@/lib/format';
import type { components } from '@/lib/api/schema';
import { useSearchParams } from '@/lib/url-state';
import { useQuarterTrend } from '../api/scorecard';

type Target = components['schemas']['Target'];

const MEETING_METRICS = new Set(['ATTENDANCE_RATE', 'OPINION_COUNT', 'DURATION_MINUTES', 'THEMATIC_PER_QUARTER']);

/** The resolutions in force for the subtree that have meeting targets, newest first. */
function useResolutionsWithTargets(organizationId: string | null) {
  return useQuery({
    queryKey: ['resolutions', 'with-targets', organizationId],
    queryFn: async () => {
      const page = unwrap(
        await api.GET('/api/v1/resolutions', {
          params: { query: { size: 30, sort: ['issuedOn,desc'] } },
        }),
      );
      const withTargets = [];
      for (const r of page.items.slice(0, 12)) {
        const targets = unwrap(await api.GET('/api/v1/resolutions/{id}/targets', { params: { path: { id: r.id }, query: { size: 50 } } }));
        if (targets.items.some((t) => MEETING_METRICS.has(t.metric))) withTargets.push({ resolution: r, targets: targets.items });
      }
      return withTargets;
    },
    enabled: Boolean(organizationId),
    staleTime: 300_000,
  });
}

interface Slots {
  /** The compliance bars of a resolution over a subtree (the resolutions feature draws them). */
  compliance: (props: { resolutionId: string; organizationId: string | null; targets: Target[] }) => ReactNode;
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
  const resolutions = useResolutionsWithTargets(organizationId);
  const resolutionId = params.get('nq') ?? resolutions.data?.[0]?.resolution.id ?? null;
  const chosen = resolutions.data?.find((r) => r.resolution.id === resolutionId);
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
        <Select
          aria-label={t('dashboard.resolution')}
          placeholder={t('dashboard.pickResolution')}
          loading={resolutions.isPending}
          value={resolutionId ?? undefined}
          onChange={(id: string) => setParams({ nq: id })}
          options={(resolutions.data ?? []).map(({ resolution: r }) => ({ value: r.id, label: `${r.number} — ${r.title}` }))}
          style={{ minWidth: 240, maxWidth: '100%' }}
          popupMatchSelectWidth={false}
        />
      </Flex>
      {(home.error || resolutions.error) && <ProblemAlert error={home.error ?? resolutions.error} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={<h2 className="section-title">{t('dashboard.compliance')}</h2>}>
            {resolutionId ? compliance({ resolutionId, organizationId, targets: chosen?.targets ?? [] }) : <p className="muted">{t('dashboard.noData')}</p>}
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
