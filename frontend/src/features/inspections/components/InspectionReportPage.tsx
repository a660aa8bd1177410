import { Card, Col, Flex, Grid, Row, Select, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '@/components/ExportButton';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useHomeOrganization } from '@/components/use-home-organization';
import { formatDate } from '@/lib/format';
import { useSearchParams } from '@/lib/url-state';
import { exportInspectionReport, useInspectionReport, type InspectionReport, type InspectionReportQuery, type InspectionReportSubject } from '../api/inspection-report';
import { Sections, type InspectionLinks } from './common';
import { todayInVietnam } from './item-errors';
import { AREAS, RATINGS } from './labels';

/** The findings as a table of areas by ratings, each cell the server's count (only the pairs that occur are sent). */
function FindingsMatrix({ report }: { report: InspectionReport }) {
  const { t } = useTranslation();
  // On a phone the area's name wraps in a narrow column that stays in view while the counts scroll.
  const phone = Grid.useBreakpoint().sm !== true;
  const count = (area: string, rating: string) => report.findings.find((f) => f.area === area && f.rating === rating)?.count ?? 0;
  return (
    <Table
      size="small"
      rowKey="area"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={AREAS.map((area) => ({ area }))}
      columns={[
        { title: t('inspections.area'), dataIndex: 'area', fixed: 'left', width: phone ? 130 : 220, render: (a: string) => t(`inspections.areas.${a}`) },
        ...RATINGS.map((r) => ({
          title: t(`inspections.ratings.${r}`),
          key: r,
          align: 'right' as const,
          render: (_: unknown, row: { area: string }) => {
            const n = count(row.area, r);
            return <span className={n > 0 && (r === 'VIOLATIONS' || r === 'SHORTCOMINGS') ? 'failed-count' : undefined}>{n}</span>;
          },
        })),
      ]}
    />
  );
}

/**
 * The year's inspections and supervisions over a subtree, as the server counts them: planned against held, concluded,
 * closed; the findings by area and rating; the remedies open and overdue; each subject's row. CSV of the subjects.
 */
export function InspectionReportPage({ links }: { links: InspectionLinks }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const home = useHomeOrganization();
  const organizationId = params.get('org') ?? home.data ?? null;
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const years = Array.from({ length: 6 }, (_, n) => thisYear - n);
  const asked = Number(params.get('year'));
  const year = years.includes(asked) ? asked : thisYear;
  const query: InspectionReportQuery | null = organizationId ? { organizationId, year } : null;
  const report = useInspectionReport(query);
  const r = report.data;

  return (
    <>
      <PageHeader
        title={t('inspections.title')}
        sub={r ? t('inspections.report.asOf', { date: formatDate(r.asOf) }) : undefined}
        extra={<ExportButton disabled={!query} onExport={() => exportInspectionReport(query!)} />}
      />
      <Sections links={links} />
      <Flex className="toolbar" gap="small" wrap>
        <OrganizationSelect value={organizationId} onChange={(id) => setParams({ org: id })} aria-label={t('inspections.within')} style={{ maxWidth: '100%' }} />
        <Select
          aria-label={t('inspections.report.year')}
          value={year}
          onChange={(y: number) => setParams({ year: y })}
          options={years.map((y) => ({ value: y, label: t('inspections.report.yearOption', { year: y }) }))}
          style={{ width: 120 }}
        />
      </Flex>
      {report.error || home.error ? (
        <ProblemAlert error={report.error ?? home.error} />
      ) : !r ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <>
          <Row gutter={[12, 12]}>
            {(['planned', 'held', 'concluded', 'closed', 'cancelled'] as const).map((k) => (
              <Col key={k} xs={12} sm={8} md={4}>
                <Card size="small">
                  <Statistic title={<span className="empty-text">{t(`inspections.report.${k}`)}</span>} value={r[k]} />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} xl={16}>
              <Card size="small" title={<h2 className="section-title">{t('inspections.report.findings')}</h2>}>
                <FindingsMatrix report={r} />
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card size="small" title={<h2 className="section-title">{t('inspections.remedies')}</h2>}>
                <dl className="meeting-card__facts">
                  {(['total', 'open', 'overdue', 'done', 'waived'] as const).map((k) => (
                    <div key={k}>
                      <dt>{t(`inspections.report.remedies.${k}`)}</dt>
                      <dd className={k === 'overdue' && r.remedies.overdue > 0 ? 'text-danger' : undefined}>{r.remedies[k]}</dd>
                    </div>
                  ))}
                </dl>
              </Card>
            </Col>
          </Row>
          <h2 className="section-title dashboard-section">{t('inspections.report.subjects')}</h2>
          <Table<InspectionReportSubject>
            size="small"
            rowKey="organizationId"
            loading={report.isFetching}
            dataSource={r.subjects}
            pagination={r.subjects.length > 20 ? { pageSize: 20 } : false}
            scroll={{ x: 'max-content' }}
            rowClassName={(s) => (s.remediesOverdue > 0 ? 'row-overdue' : '')}
            locale={{ emptyText: t('inspections.report.noSubjects') }}
            columns={[
              { title: t('inspections.subject'), dataIndex: 'organizationName', fixed: 'left' },
              { title: t('inspections.report.inspections'), dataIndex: 'inspections', align: 'right' },
              ...RATINGS.map((rating) => ({
                title: t(`inspections.ratings.${rating}`),
                key: rating,
                align: 'right' as const,
                responsive: ['sm' as const],
                render: (_: unknown, s: InspectionReportSubject) => s.findings[rating],
              })),
              { title: t('inspections.report.remedies.open'), dataIndex: 'remediesOpen', align: 'right' },
              {
                title: t('inspections.report.remedies.overdue'),
                dataIndex: 'remediesOverdue',
                align: 'right',
                render: (n: number) => <span className={n > 0 ? 'text-danger' : undefined}>{n}</span>,
              },
            ]}
          />
        </>
      )}
    </>
  );
}
