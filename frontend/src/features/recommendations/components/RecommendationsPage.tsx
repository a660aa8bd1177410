import { PlusOutlined } from '@ant-design/icons';
import { Button, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ExportButton } from '@/components/ExportButton';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { orderOf, sortOf } from '@/components/table-sort';
import { can } from '@/lib/access';
import { useSessionState } from '@/lib/api/session';
import { formatDate } from '@/lib/format';
import { useTableState } from '@/lib/url-state';
import { exportRecommendations } from '../api/export-recommendations';
import { useRecommendations, type RecommendationsFilter } from '../api/get-recommendations';
import { FIELDS, STATUSES, type Recommendation, type RecommendationField } from '../api/types';
import { OverdueTag, Sections, StatusTag, type SectionLinks } from './common';
import { CreateRecommendation } from './CreateRecommendation';
import { RecommendationsFilters } from './RecommendationsFilters';

const OVERDUE = { true: true, false: false } as const;

/** Recommendations the caller may see: filters, sorting and paging by the server, kept in the URL; CSV export. */
export function RecommendationsPage({ hrefOf, links }: { hrefOf: (id: string) => string; links: SectionLinks }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const role = useSessionState().session?.user.role;
  const [state, setParams, params] = useTableState();
  const filter: RecommendationsFilter = {
    ...state,
    field: FIELDS.find((f) => f === params.get('field')) ?? null,
    status: STATUSES.find((s) => s === params.get('status')) ?? null,
    addresseeId: params.get('addressee'),
    briefingId: params.get('briefing'),
    overdue: OVERDUE[params.get('overdue') as 'true' | 'false'] ?? null,
  };
  const recommendations = useRecommendations(filter);
  const items = recommendations.data?.items ?? [];
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title={t('recommendations.title')}
        extra={
          <>
            <ExportButton onExport={() => exportRecommendations(filter)} />
            {can(role, 'raiseRecommendations') && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('recommendations.new')}
              </Button>
            )}
          </>
        }
      />
      <Sections links={links} />
      <RecommendationsFilters q={state.q} filter={filter} setParams={setParams} />
      {recommendations.error ? (
        <ProblemAlert error={recommendations.error} />
      ) : (
        <Table<Recommendation>
          rowKey="id"
          loading={recommendations.isFetching}
          dataSource={items}
          rowClassName={(r) => (r.overdue ? 'row-overdue' : '')}
          locale={{ emptyText: <span className="empty-text">{recommendations.isPending ? t('app.loading') : t('recommendations.empty')}</span> }}
          pagination={{
            current: state.page,
            pageSize: state.size,
            total: recommendations.data?.totalItems ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('app.total', { count: total }),
          }}
          onChange={(p, _f, sorter) =>
            setParams({ page: p.current && p.current > 1 ? p.current : null, size: p.pageSize !== 20 ? p.pageSize : null, sort: sortOf(sorter) })
          }
          columns={[
            {
              title: t('recommendations.titleField'),
              dataIndex: 'title',
              sorter: true,
              sortOrder: orderOf(state.sort, 'title'),
              render: (title: string, r) => (
                <div className="rec-title">
                  <Link to={hrefOf(r.id)}>{title}</Link>
                  {r.overdue && <OverdueTag dueOn={r.dueOn} />}
                </div>
              ),
            },
            {
              title: t('recommendations.field'),
              dataIndex: 'field',
              responsive: ['md'],
              sorter: true,
              sortOrder: orderOf(state.sort, 'field'),
              render: (f: RecommendationField) => t(`recommendations.fields.${f}`),
            },
            {
              title: t('recommendations.status'),
              dataIndex: 'status',
              sorter: true,
              sortOrder: orderOf(state.sort, 'status'),
              render: (s: Recommendation['status']) => <StatusTag status={s} />,
            },
            {
              title: t('recommendations.addressee'),
              dataIndex: 'addresseeName',
              responsive: ['lg'],
            },
            { title: t('recommendations.raisedOn'), dataIndex: 'raisedOn', responsive: ['lg'], render: formatDate },
            {
              title: t('recommendations.dueOn'),
              dataIndex: 'dueOn',
              responsive: ['sm'],
              sorter: true,
              sortOrder: orderOf(state.sort, 'dueOn'),
              render: (d: string, r) => <span className={r.overdue ? 'text-danger' : undefined}>{formatDate(d)}</span>,
            },
          ]}
        />
      )}
      <CreateRecommendation open={creating} onClose={() => setCreating(false)} onCreated={(r) => navigate(hrefOf(r.id))} />
    </>
  );
}
