import { Flex, Grid, Select, Table, Tag } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Defined } from '@/components/Defined';
import { ExportButton } from '@/components/ExportButton';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { orderOf, sortOf } from '@/components/table-sort';
import { useHomeOrganization } from '@/components/use-home-organization';
import { formatNumber, quarterLabel, quarterOf, quarterRange, recentQuarters } from '@/lib/format';
import { useTableState } from '@/lib/url-state';
import { exportScorecard, useScorecard, type ScorecardQuery, type ScorecardRow } from '../api/scorecard';

const BAND_CLASS: Record<NonNullable<ScorecardRow['band']>, string> = { GOOD: 'band band--good', FAIR: 'band band--fair', AVERAGE: 'band band--average', POOR: 'band band--poor' };

/** The columns from "meetings held" to the band: one cell saying "no record" across them when the branch held none. */
const FIGURES = 8;

interface Props {
  /** The meeting records of a branch over some days (the meetings page, filtered). */
  meetingsHref: (branchId: string, from: string, to: string) => string;
}

/**
 * Each branch of a subtree in a quarter: its commune, meetings, averages, the targets passed and failed, and the score
 * sheets' band, each a column of its own, sorted on the server by any of them; a branch without a meeting says so.
 */
export function ScorecardPage({ meetingsHref }: Props) {
  const { t, i18n } = useTranslation();
  const [state, setParams, params] = useTableState(50);
  const home = useHomeOrganization();
  const organizationId = params.get('org') ?? home.data ?? null;
  const quarters = recentQuarters(8);
  const quarter = quarters.includes(params.get('quarter') ?? '') ? params.get('quarter')! : quarterOf();
  const query: ScorecardQuery | null = organizationId ? { organizationId, quarter, sort: state.sort } : null;
  const scorecard = useScorecard(query, state.page, state.size);
  const { from, to } = quarterRange(quarter);
  const n = (v: number | null | undefined, digits = 1) => formatNumber(v, i18n.language, digits);
  const idle = (row: ScorecardRow) => row.meetingsHeld === 0;
  // The branch stays in view while the figures scroll sideways; on a phone in a narrower column.
  const phone = Grid.useBreakpoint().sm !== true;

  /** A sortable column whose cells give way to the "no record" cell on an idle row. */
  const figure = (key: keyof ScorecardRow, title: ReactNode, render: (row: ScorecardRow) => ReactNode, first = false): ColumnType<ScorecardRow> => ({
    key,
    dataIndex: key,
    title,
    align: 'right',
    sorter: true,
    sortOrder: orderOf(state.sort, key),
    // Said at the start of the row's figures, where the eye reads on, not at the far end of a wide table.
    onCell: (row) => (idle(row) ? { colSpan: first ? FIGURES : 0, style: { textAlign: 'left' } } : {}),
    render: (_: unknown, row) => (idle(row) ? (first ? <span className="no-record">{t('scorecard.noRecord')}</span> : null) : render(row)),
  });

  return (
    <>
      <PageHeader
        title={t('scorecard.title')}
        sub={quarterLabel(quarter, i18n.language)}
        extra={<ExportButton disabled={!query} onExport={() => exportScorecard(query!)} />}
      />
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
          rowClassName={(row) => (idle(row) ? 'row-idle' : '')}
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
          onChange={(p, _f, sorter) =>
            setParams({ page: p.current && p.current > 1 ? p.current : null, size: p.pageSize !== 50 ? p.pageSize : null, sort: sortOf(sorter) })
          }
          columns={[
            {
              key: 'branchName',
              dataIndex: 'branchName',
              title: t('scorecard.branch'),
              fixed: 'left',
              width: phone ? 130 : 180,
              sorter: true,
              sortOrder: orderOf(state.sort, 'branchName'),
              render: (name: string, row) => (
                <Link to={meetingsHref(row.branchId, from, to)} title={t('scorecard.records', { branch: name })}>
                  {name}
                </Link>
              ),
            },
            {
              key: 'communeName',
              dataIndex: 'communeName',
              title: t('scorecard.commune'),
              sorter: true,
              sortOrder: orderOf(state.sort, 'communeName'),
              render: (name: string | null | undefined) => name ?? '—',
            },
            figure('meetingsHeld', t('scorecard.meetingsHeld'), (row) => row.meetingsHeld, true),
            figure('thematicHeld', t('scorecard.thematicHeld'), (row) => row.thematicHeld),
            figure('averageAttendanceRate', t('scorecard.averageAttendance'), (row) => n(row.averageAttendanceRate)),
            figure('averageOpinions', t('scorecard.averageOpinions'), (row) => n(row.averageOpinions, 2)),
            figure('averageDurationMinutes', t('scorecard.averageDuration'), (row) => n(row.averageDurationMinutes)),
            figure('targetsPassed', <Defined label={t('scorecard.targetsPassed')} definition={t('scorecard.targetsPassedHint')} />, (row) => (
              <span className="passed-count">{row.targetsPassed}</span>
            )),
            figure('targetsFailed', <Defined label={t('scorecard.targetsFailed')} definition={t('scorecard.targetsFailedHint')} />, (row) => (
              <span className={row.targetsFailed > 0 ? 'failed-count' : undefined}>{row.targetsFailed}</span>
            )),
            {
              ...figure('band', <Defined label={t('scorecard.band')} definition={t('scorecard.bandHint')} />, (row) =>
                row.band ? <Tag className={BAND_CLASS[row.band]}>{t(`meetings.score.bands.${row.band}`)}</Tag> : t('scorecard.notScored'),
              ),
              align: 'left',
            },
          ]}
        />
      )}
    </>
  );
}
