import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ExportButton } from '@/components/ExportButton';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { orderOf, sortOf } from '@/components/table-sort';
import { useSessionState } from '@/lib/api/session';
import { formatDate } from '@/lib/format';
import { useTableState } from '@/lib/url-state';
import { exportStudyPlans, useStudyPlans, type StudyPlansFilter } from '../api/study-plans';
import type { StudyPlan, StudyPlanStatus } from '../api/types';
import { ActionPlanReport } from './ActionPlanReport';
import { PLAN_STATUSES } from './labels';
import { ParticipationReport } from './ParticipationReport';
import { mayPlan } from './rights';
import { StudyPlanForm } from './StudyPlanForm';
import { ViewNav } from './ViewNav';
import './studies.css';

const VIEWS = ['tham-du', 'ke-hoach-hanh-dong'] as const;

function PlansTable({ hrefOf }: { hrefOf: (id: string) => string }) {
  const { t } = useTranslation();
  const [state, setParams, params] = useTableState();
  const status = PLAN_STATUSES.find((s) => s === params.get('status')) ?? null;
  const filter: StudyPlansFilter = { ...state, status, organizationId: params.get('org') };
  const plans = useStudyPlans(filter);
  return (
    <>
      <Flex className="toolbar" gap="small" wrap role="search">
        <Input.Search
          aria-label={t('app.search')}
          placeholder={t('app.search')}
          defaultValue={state.q}
          allowClear
          onSearch={(q) => setParams({ q, page: null }, { replace: true })}
          style={{ maxWidth: 280 }}
        />
        <OrganizationSelect value={filter.organizationId} allowClear onChange={(id) => setParams({ org: id, page: null })} aria-label={t('studies.organization')} />
        <Select
          aria-label={t('studies.status')}
          allowClear
          placeholder={t('studies.status')}
          value={status ?? undefined}
          onChange={(v?: StudyPlanStatus) => setParams({ status: v ?? null, page: null })}
          options={PLAN_STATUSES.map((s) => ({ value: s, label: t(`studies.statuses.${s}`) }))}
          style={{ width: 180 }}
        />
        <ExportButton onExport={() => exportStudyPlans(filter)} what={t('studies.tabs.plans')} />
      </Flex>
      {plans.error ? (
        <ProblemAlert error={plans.error} />
      ) : (
        <Table<StudyPlan>
          rowKey="id"
          loading={plans.isFetching}
          dataSource={plans.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: plans.isPending ? t('app.loading') : t('studies.empty') }}
          pagination={{
            current: state.page,
            pageSize: state.size,
            total: plans.data?.totalItems ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('app.total', { count: total }),
          }}
          onChange={(p, _f, sorter) =>
            setParams({ page: p.current && p.current > 1 ? p.current : null, size: p.pageSize !== 20 ? p.pageSize : null, sort: sortOf(sorter) })
          }
          columns={[
            {
              key: 'number',
              title: t('studies.number'),
              dataIndex: 'number',
              sorter: true,
              sortOrder: orderOf(state.sort, 'number'),
              render: (n: string, p) => <Link to={hrefOf(p.id)}>{n}</Link>,
            },
            {
              key: 'resolution',
              title: t('studies.resolution'),
              render: (_: unknown, p) => (
                <div className="plan-doc">
                  <strong>{p.resolutionNumber}</strong> <span className="muted">{p.resolutionTitle}</span>
                </div>
              ),
            },
            { key: 'issuedOn', title: t('studies.issuedOn'), dataIndex: 'issuedOn', sorter: true, sortOrder: orderOf(state.sort, 'issuedOn'), render: formatDate },
            { key: 'status', title: t('studies.status'), dataIndex: 'status', render: (s: StudyPlanStatus) => <Tag>{t(`studies.statuses.${s}`)}</Tag> },
            { key: 'sessions', title: t('studies.sessionCount'), dataIndex: 'sessionCount', align: 'right' },
            {
              key: 'actionPlans',
              title: t('studies.actionPlans'),
              render: (_: unknown, p) => (
                <span>
                  {p.actionPlans.accepted + p.actionPlans.submitted}/{p.actionPlans.total}
                  {p.actionPlans.overdue > 0 && <span className="text-danger"> · {t('studies.overdueCount', { count: p.actionPlans.overdue })}</span>}
                </span>
              ),
            },
          ]}
        />
      )}
    </>
  );
}

/** Study plans (the list, filtered and paged by the server) and the two reports of the studies, as tabs. */
export function StudyPlansPage({ hrefOf }: { hrefOf: (id: string) => string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const user = useSessionState().session?.user;
  const [, , params] = useTableState();
  const view = VIEWS.find((v) => v === params.get('xem')) ?? null;
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title={t('studies.title')}
        extra={
          mayPlan({ role: user?.role, organizationId: user?.organizationId }) && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('studies.new')}
            </Button>
          )
        }
      />
      <ViewNav
        label={t('studies.title')}
        current={view}
        views={[
          { key: null, label: t('studies.tabs.plans') },
          { key: 'tham-du', label: t('studies.tabs.participation') },
          { key: 'ke-hoach-hanh-dong', label: t('studies.tabs.actionPlans') },
        ]}
      />
      {view === null && <PlansTable hrefOf={hrefOf} />}
      {view === 'tham-du' && <ParticipationReport />}
      {view === 'ke-hoach-hanh-dong' && <ActionPlanReport />}
      <StudyPlanForm
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(p) => {
          void message.success(t('studies.created', { count: p.actionPlans.total }));
          navigate(hrefOf(p.id));
        }}
      />
    </>
  );
}
