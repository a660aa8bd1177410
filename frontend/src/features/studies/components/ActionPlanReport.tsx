import { Flex, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '@/components/ExportButton';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useHomeOrganization } from '@/components/use-home-organization';
import { formatDate } from '@/lib/format';
import { useSearchParams } from '@/lib/url-state';
import { exportActionPlanReport, useActionPlanReport, type ActionPlanReportQuery } from '../api/reports';
import type { ActionPlanReportRow } from '../api/types';

const OUTCOME_CLASS: Record<ActionPlanReportRow['outcome'], string> = {
  ON_TIME: 'outcome outcome--on-time',
  LATE: 'outcome outcome--late',
  MISSING: 'outcome outcome--missing',
  NOT_DUE: 'outcome',
};

/** Each grassroots organization's action plan with the server's outcome (on time, late, missing, not yet due) and totals. */
export function ActionPlanReport({ studyPlanId }: { studyPlanId?: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const home = useHomeOrganization();
  const organizationId = params.get('org') ?? home.data ?? null;
  const query: ActionPlanReportQuery | null = organizationId ? { organizationId, studyPlanId } : null;
  const report = useActionPlanReport(query);
  const totals = report.data?.totals;

  return (
    <>
      <Flex className="toolbar" gap="small" wrap align="center">
        <OrganizationSelect value={organizationId} onChange={(id) => setParams({ org: id })} aria-label={t('studyReports.subtree')} />
        <ExportButton disabled={!query} onExport={() => exportActionPlanReport(query!)} what={t('studies.tabs.actionPlans')} />
      </Flex>
      {report.data && totals && (
        <p className="muted">
          {t('studyReports.asOf', { date: formatDate(report.data.asOf) })} · {t('studyReports.totals', totals)}
        </p>
      )}
      {report.error || home.error ? (
        <ProblemAlert error={report.error ?? home.error} />
      ) : (
        <Table<ActionPlanReportRow>
          rowKey="actionPlanId"
          size="middle"
          loading={report.isFetching || home.isPending}
          dataSource={report.data?.items ?? []}
          rowClassName={(r) => (r.overdue ? 'row-overdue' : '')}
          pagination={{ defaultPageSize: 50, showSizeChanger: true, showTotal: (total) => t('app.total', { count: total }) }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: report.isPending ? t('app.loading') : t('studyReports.emptyActionPlans') }}
          columns={[
            { key: 'organization', title: t('actionPlans.organization'), dataIndex: 'organizationName' },
            { key: 'studyPlan', title: t('actionPlans.studyPlan'), dataIndex: 'studyPlanNumber', responsive: ['md'] },
            { key: 'resolution', title: t('actionPlans.resolution'), dataIndex: 'resolutionNumber', responsive: ['md'] },
            { key: 'status', title: t('actionPlans.status'), dataIndex: 'status', render: (s: string) => t(`actionPlans.statuses.${s}`) },
            { key: 'dueOn', title: t('actionPlans.dueOn'), dataIndex: 'dueOn', render: formatDate },
            { key: 'first', title: t('studyReports.firstSubmittedOn'), dataIndex: 'firstSubmittedOn', render: formatDate },
            {
              key: 'outcome',
              title: t('studyReports.outcome'),
              dataIndex: 'outcome',
              render: (o: ActionPlanReportRow['outcome']) => <Tag className={OUTCOME_CLASS[o]}>{t(`studyReports.outcomes.${o}`)}</Tag>,
            },
          ]}
        />
      )}
    </>
  );
}
