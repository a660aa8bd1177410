import { Flex, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useHomeOrganization } from '@/components/use-home-organization';
import { formatNumber, quarterLabel, quarterOf, recentQuarters } from '@/lib/format';
import { useTableState } from '@/lib/url-state';
import { useScorecard, type ScorecardRow } from '../api/scorecard';

const BAND_CLASS: Record<string, string> = { GOOD: 'band band--good', FAIR: 'band band--fair', AVERAGE: 'band band--average', POOR: 'band band--poor' };

/** Each branch of a subtree in a quarter: meetings, averages, targets passed and failed, the usual band. */
export function ScorecardPage() {
  const { t, i18n } = useTranslation();
  const [state, setParams, params] = useTableState(50);
  const home = useHomeOrganization();
  const organizationId = params.get('org') ?? home.data ?? null;
  const quarters = recentQuarters(8);
  const quarter = quarters.includes(params.get('quarter') ?? '') ? params.get('quarter')! : quarterOf();
  const scorecard = useScorecard(organizationId, quarter, state.page, state.size);
  const n = (v: number | null | undefined, digits = 1) => formatNumber(v, i18n.language, digits);

  return (
    <>
      <PageHeader title={t('scorecard.title')} sub={quarterLabel(quarter, i18n.language)} />
      <Flex className="toolbar" gap="small" wrap>
        <OrganizationSelect value={organizationId} onChange={(id) => setParams({ org: id, page: null })} aria-label={t('dashboard.subtree')} />
        <Select
          aria-label={t('scorecard.quarter')}
          value={quarter}
          onChange={(q: string) => setParams({ quarter: q, page: null })}
          options={quarters.map((q) => ({ value: q, label: quarterLabel(q, i18n.language) }))}
          style={{ width: 150 }}
        />
      </Flex>
      {scorecard.error || home.error ? (
        <ProblemAlert error={scorecard.error ?? home.error} />
      ) : (
        <Table<ScorecardRow>
          rowKey="branchId"
          size="middle"
          loading={scorecard.isFetching || home.isPending}
          dataSource={scorecard.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: scorecard.isPending ? t('app.loading') : t('scorecard.empty') }}
          pagination={{
            current: state.page,
            pageSize: state.size,
            total: scorecard.data?.totalItems ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) => t('app.total', { count: total }),
          }}
          onChange={(p) => setParams({ page: p.current && p.current > 1 ? p.current : null, size: p.pageSize !== 50 ? p.pageSize : null })}
          columns={[
            { title: t('scorecard.branch'), dataIndex: 'branchName', fixed: 'left', width: 200 },
            { title: t('scorecard.meetingsHeld'), dataIndex: 'meetingsHeld', align: 'right' },
            { title: t('scorecard.thematicHeld'), dataIndex: 'thematicHeld', align: 'right' },
            { title: t('scorecard.averageAttendance'), dataIndex: 'averageAttendanceRate', align: 'right', render: (v) => n(v) },
            { title: t('scorecard.averageOpinions'), dataIndex: 'averageOpinions', align: 'right', render: (v) => n(v, 2) },
            { title: t('scorecard.averageDuration'), dataIndex: 'averageDurationMinutes', align: 'right', render: (v) => n(v) },
            {
              title: t('scorecard.targets'),
              align: 'right',
              render: (_, row) => (
                <span>
                  <span className="passed-count">{row.targetsPassed}</span> / <span className="failed-count">{row.targetsFailed}</span>
                </span>
              ),
            },
            {
              title: t('scorecard.band'),
              dataIndex: 'band',
              render: (band: ScorecardRow['band']) => (band ? <Tag className={BAND_CLASS[band]}>{t(`meetings.score.bands.${band}`)}</Tag> : '—'),
            },
          ]}
        />
      )}
    </>
  );
}
