import { DatePicker, Flex, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '@/components/ExportButton';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useHomeOrganization } from '@/components/use-home-organization';
import { DATE_FORMAT, formatNumber, formatPercent } from '@/lib/format';
import { useSearchParams } from '@/lib/url-state';
import { exportParticipationReport, useParticipationReport, type ParticipationQuery } from '../api/reports';
import type { StudyParticipationRow } from '../api/types';
import { REMARK_KINDS } from './labels';

/**
 * Who came to the study sessions, per document, audience and holding organization, with the remarks by kind: the
 * server's figures (its participation rate, walk-ins outside the rate), filtered by subtree and days; CSV alike.
 * Inside a plan's page, `resolutionId` narrows it to the plan's document.
 */
export function ParticipationReport({ resolutionId, organizationId: fixedOrganization }: { resolutionId?: string; organizationId?: string }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const home = useHomeOrganization();
  const organizationId = params.get('org') ?? fixedOrganization ?? home.data ?? null;
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const query: ParticipationQuery | null = organizationId ? { organizationId, resolutionId, from, to } : null;
  const report = useParticipationReport(query);
  const n = (v: number) => formatNumber(v, i18n.language, 0);
  const totals = report.data?.totals;
  const toDay = (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null);

  return (
    <>
      <Flex className="toolbar" gap="small" wrap align="center">
        <OrganizationSelect value={organizationId} onChange={(id) => setParams({ org: id })} aria-label={t('studyReports.subtree')} />
        <DatePicker aria-label={t('studyReports.from')} placeholder={t('studyReports.from')} format={DATE_FORMAT} value={from ? dayjs(from) : null} onChange={(d) => setParams({ from: toDay(d) })} />
        <DatePicker aria-label={t('studyReports.to')} placeholder={t('studyReports.to')} format={DATE_FORMAT} value={to ? dayjs(to) : null} onChange={(d) => setParams({ to: toDay(d) })} />
        <ExportButton disabled={!query} onExport={() => exportParticipationReport(query!)} what={t('studies.tabs.participation')} />
      </Flex>
      {report.error || home.error ? (
        <ProblemAlert error={report.error ?? home.error} />
      ) : (
        <Table<StudyParticipationRow>
          rowKey={(r) => `${r.resolutionId}-${r.audience}-${r.organizationId}`}
          size="middle"
          loading={report.isFetching || home.isPending}
          dataSource={report.data?.items ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: report.isPending ? t('app.loading') : t('studyReports.emptyParticipation') }}
          columns={[
            { key: 'resolution', title: t('studyReports.resolution'), dataIndex: 'resolutionNumber' },
            { key: 'audience', title: t('studyReports.audience'), dataIndex: 'audience', render: (a: string) => t(`studies.audiences.${a}`) },
            { key: 'organizer', title: t('studyReports.organizer'), dataIndex: 'organizationName' },
            { key: 'sessionsHeld', title: t('studyReports.sessionsHeld'), dataIndex: 'sessionsHeld', align: 'right', render: n },
            { key: 'expected', title: t('studyReports.expected'), dataIndex: 'expected', align: 'right', render: n },
            { key: 'attended', title: t('studyReports.attended'), dataIndex: 'attended', align: 'right', render: n },
            { key: 'walkIns', title: t('studyReports.walkIns'), dataIndex: 'walkIns', align: 'right', render: n },
            { key: 'rate', title: t('studyReports.rate'), dataIndex: 'participationRate', align: 'right', render: (r: number | null) => formatPercent(r, i18n.language) },
            ...REMARK_KINDS.map((k) => ({
              key: k,
              title: t(`studySessions.remarkKinds.${k}`),
              align: 'right' as const,
              render: (_: unknown, row: StudyParticipationRow) => n(row.remarks[k]),
            })),
          ]}
          summary={() =>
            totals && (report.data?.items.length ?? 0) > 0 ? (
              <Table.Summary.Row className="study-total">
                <Table.Summary.Cell index={0} colSpan={3}>
                  {t('studyReports.total')}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">{n(totals.sessionsHeld)}</Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">{n(totals.expected)}</Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">{n(totals.attended)}</Table.Summary.Cell>
                <Table.Summary.Cell index={6} align="right">{n(totals.walkIns)}</Table.Summary.Cell>
                <Table.Summary.Cell index={7} align="right">{formatPercent(totals.participationRate, i18n.language)}</Table.Summary.Cell>
                {REMARK_KINDS.map((k, i) => (
                  <Table.Summary.Cell key={k} index={8 + i} align="right">
                    {n(totals.remarks[k])}
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            ) : null
          }
        />
      )}
    </>
  );
}
