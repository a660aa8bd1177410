import { Checkbox, Flex, Grid, Input, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportButton } from '@/components/ExportButton';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { ProblemAlert } from '@/components/ProblemAlert';
import { orderOf, sortOf } from '@/components/table-sort';
import { formatDate } from '@/lib/format';
import { useTableState } from '@/lib/url-state';
import { exportActionPlans, useActionPlans, type ActionPlansFilter } from '../api/action-plans';
import type { ActionPlan, ActionPlanStatus } from '../api/types';
import { ActionPlanMoves } from './ActionPlanMoves';
import { ACTION_PLAN_STATUSES } from './labels';

const STATUS_CLASS: Record<ActionPlanStatus, string> = {
  PENDING: 'ap-status ap-status--pending',
  SUBMITTED: 'ap-status ap-status--submitted',
  ACCEPTED: 'ap-status ap-status--accepted',
  RETURNED: 'ap-status ap-status--returned',
};

/**
 * The action-plan board: every grassroots organization's action plan with its status, who has not submitted, the
 * overdue ones in red (the server's `overdue`), a late first submission marked; filtered, sorted and paged by the
 * server. The moves (submit, accept, return) are on each row for the caller who may make them.
 */
export function ActionPlanBoard({ studyPlanId, studyPlanHref }: { studyPlanId?: string; studyPlanHref?: (id: string) => string }) {
  const { t } = useTranslation();
  const [state, setParams, params] = useTableState(50);
  const status = ACTION_PLAN_STATUSES.find((s) => s === params.get('status')) ?? null;
  const filter: ActionPlansFilter = {
    ...state,
    studyPlanId: studyPlanId ?? null,
    organizationId: params.get('org'),
    status,
    overdue: params.get('overdue') === 'true',
  };
  const plans = useActionPlans(filter);
  // The organization stays in view while the rest scrolls sideways; on a phone in a narrower column.
  const phone = Grid.useBreakpoint().sm !== true;
  const pendingCount = useActionPlans({ ...filter, status: 'PENDING', overdue: false, page: 1, size: 1, q: '' });
  const overdueCount = useActionPlans({ ...filter, status: null, overdue: true, page: 1, size: 1, q: '' });

  return (
    <>
      <Flex className="toolbar" gap="small" wrap align="center" role="search">
        <Input.Search
          aria-label={t('app.search')}
          placeholder={t('app.search')}
          defaultValue={state.q}
          allowClear
          onSearch={(q) => setParams({ q, page: null }, { replace: true })}
          style={{ maxWidth: 260 }}
        />
        <OrganizationSelect value={filter.organizationId} allowClear onChange={(id) => setParams({ org: id, page: null })} aria-label={t('actionPlans.organization')} />
        <Select
          aria-label={t('actionPlans.status')}
          allowClear
          placeholder={t('actionPlans.status')}
          value={status ?? undefined}
          onChange={(v?: ActionPlanStatus) => setParams({ status: v ?? null, page: null })}
          options={ACTION_PLAN_STATUSES.map((s) => ({ value: s, label: t(`actionPlans.statuses.${s}`) }))}
          style={{ width: 160 }}
        />
        <Checkbox checked={filter.overdue} onChange={(e) => setParams({ overdue: e.target.checked ? 'true' : null, page: null })}>
          {t('actionPlans.onlyOverdue')}
        </Checkbox>
        <ExportButton onExport={() => exportActionPlans(filter)} what={t('actionPlans.title')} />
      </Flex>
      <p className="ap-counts">
        <span>{t('actionPlans.notSubmittedCount', { count: pendingCount.data?.totalItems ?? 0 })}</span>
        <span className="text-danger">{t('actionPlans.overdueCount', { count: overdueCount.data?.totalItems ?? 0 })}</span>
      </p>
      {plans.error ? (
        <ProblemAlert error={plans.error} />
      ) : (
        <Table<ActionPlan>
          rowKey="id"
          size="middle"
          loading={plans.isFetching}
          dataSource={plans.data?.items ?? []}
          rowClassName={(p) => (p.overdue ? 'row-overdue' : '')}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: plans.isPending ? t('app.loading') : t('actionPlans.empty') }}
          pagination={{
            current: state.page,
            pageSize: state.size,
            total: plans.data?.totalItems ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('app.total', { count: total }),
          }}
          onChange={(p, _f, sorter) =>
            setParams({ page: p.current && p.current > 1 ? p.current : null, size: p.pageSize !== 50 ? p.pageSize : null, sort: sortOf(sorter) })
          }
          columns={[
            { key: 'organizationName', title: t('actionPlans.organization'), dataIndex: 'organizationName', fixed: 'left', width: phone ? 120 : 220 },
            ...(studyPlanId
              ? []
              : [
                  {
                    key: 'resolutionNumber',
                    title: t('actionPlans.resolution'),
                    dataIndex: 'resolutionNumber',
                    render: (n: string, p: ActionPlan) => (studyPlanHref ? <Link to={studyPlanHref(p.studyPlanId)}>{n}</Link> : n),
                  },
                ]),
            {
              key: 'status',
              title: t('actionPlans.status'),
              dataIndex: 'status',
              render: (s: ActionPlanStatus, p) => (
                <Flex gap={4} wrap>
                  <Tag className={STATUS_CLASS[s]}>{t(`actionPlans.statuses.${s}`)}</Tag>
                  {p.overdue && <Tag className="ap-status ap-status--overdue">{t('actionPlans.overdue')}</Tag>}
                  {p.submittedLate && <Tag className="ap-status ap-status--late">{t('actionPlans.late')}</Tag>}
                </Flex>
              ),
            },
            {
              key: 'dueOn',
              title: t('actionPlans.dueOn'),
              dataIndex: 'dueOn',
              sorter: true,
              sortOrder: orderOf(state.sort, 'dueOn'),
              render: (d: string, p) => <span className={p.overdue ? 'text-danger' : undefined}>{formatDate(d)}</span>,
            },
            {
              key: 'documentNumber',
              title: t('actionPlans.documentNumber'),
              dataIndex: 'documentNumber',
              render: (n: string | null | undefined, p) => (
                <>
                  {n ?? '—'}
                  {p.status === 'RETURNED' && p.returnReason && <div className="muted">{t('actionPlans.returnReason')}: {p.returnReason}</div>}
                </>
              ),
            },
            { key: 'submittedOn', title: t('actionPlans.submittedOn'), dataIndex: 'submittedOn', sorter: true, sortOrder: orderOf(state.sort, 'submittedOn'), render: formatDate },
            { key: 'actions', title: t('actionPlans.actions'), render: (_: unknown, p) => <ActionPlanMoves plan={p} /> },
          ]}
        />
      )}
    </>
  );
}
