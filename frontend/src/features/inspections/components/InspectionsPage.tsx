import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Grid, Input, Select, Table, Tag } from 'antd';
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
import { exportInspections, useInspections, type Inspection, type InspectionKind, type InspectionStatus } from '../api/inspections';
import { Sections, StatusTag, type InspectionLinks } from './common';
import { InspectionForm } from './InspectionForm';
import { KINDS, STATUSES } from './labels';
import { mayRecordInspections } from './rights';

/** Inspections and supervisions the caller may see: filtered, sorted and paged by the server; overdue remedies in red. */
export function InspectionsPage({ links }: { links: InspectionLinks }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const role = useSessionState().session?.user.role;
  const [state, setParams, params] = useTableState();
  const status = STATUSES.find((s) => s === params.get('status')) ?? null;
  const kind = KINDS.find((k) => k === params.get('kind')) ?? null;
  const organizationId = params.get('org');
  const overdueRemedies = params.get('overdue') === 'true' ? true : null;
  const filter = { ...state, status, kind, organizationId, overdueRemedies };
  const inspections = useInspections(filter);
  const [creating, setCreating] = useState(false);
  // On a phone one column says it all (number, title, subjects, status, remedies): no table to scroll sideways.
  const narrow = Grid.useBreakpoint().md !== true;
  const overdueTag = (i: Inspection) =>
    i.overdueRemedies > 0 && (
      <Tag color="#b3261e" style={{ marginInlineEnd: 0 }}>
        {t('inspections.overdueCount', { count: i.overdueRemedies })}
      </Tag>
    );

  return (
    <>
      <PageHeader
        title={t('inspections.title')}
        extra={
          <>
            <ExportButton onExport={() => exportInspections(filter)} />
            {mayRecordInspections(role) && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('inspections.new')}
              </Button>
            )}
          </>
        }
      />
      <Sections links={links} />
      <Flex className="toolbar" gap="small" wrap role="search" align="center">
        <Input.Search
          aria-label={t('app.search')}
          placeholder={t('inspections.searchHint')}
          defaultValue={state.q}
          allowClear
          onSearch={(q) => setParams({ q, page: null }, { replace: true })}
          style={{ width: '100%', maxWidth: 300 }}
        />
        <OrganizationSelect
          value={organizationId}
          allowClear
          onChange={(id) => setParams({ org: id, page: null })}
          aria-label={t('inspections.within')}
          placeholder={t('inspections.within')}
          style={{ maxWidth: '100%' }}
        />
        <Select
          aria-label={t('inspections.status')}
          allowClear
          placeholder={t('inspections.status')}
          value={status ?? undefined}
          onChange={(v?: InspectionStatus) => setParams({ status: v ?? null, page: null })}
          options={STATUSES.map((s) => ({ value: s, label: t(`inspections.statuses.${s}`) }))}
          style={{ width: 180 }}
        />
        <Select
          aria-label={t('inspections.kind')}
          allowClear
          placeholder={t('inspections.kind')}
          value={kind ?? undefined}
          onChange={(v?: InspectionKind) => setParams({ kind: v ?? null, page: null })}
          options={KINDS.map((k) => ({ value: k, label: t(`inspections.kinds.${k}`) }))}
          style={{ width: 150 }}
        />
        <Checkbox checked={overdueRemedies === true} onChange={(e) => setParams({ overdue: e.target.checked ? 'true' : null, page: null })}>
          {t('inspections.onlyOverdue')}
        </Checkbox>
      </Flex>
      {inspections.error ? (
        <ProblemAlert error={inspections.error} />
      ) : (
        <Table<Inspection>
          rowKey="id"
          loading={inspections.isFetching}
          dataSource={inspections.data?.items ?? []}
          rowClassName={(i) => (i.overdueRemedies > 0 ? 'row-overdue' : '')}
          scroll={narrow ? undefined : { x: 'max-content' }}
          locale={{ emptyText: inspections.isPending ? t('app.loading') : t('inspections.empty') }}
          pagination={{
            current: state.page,
            pageSize: state.size,
            total: inspections.data?.totalItems ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('app.total', { count: total }),
          }}
          onChange={(p, _f, sorter) =>
            setParams({ page: p.current && p.current > 1 ? p.current : null, size: p.pageSize !== 20 ? p.pageSize : null, sort: sortOf(sorter) })
          }
          columns={
            narrow
              ? [
                  {
                    title: t('inspections.one'),
                    key: 'one',
                    render: (_: unknown, i) => (
                      <div className="entry">
                        <Link to={links.inspection(i.id)}>
                          <strong>{i.planNumber}</strong> — {i.title}
                        </Link>
                        <div className="muted">{i.subjectNames.join('; ')}</div>
                        <Flex gap="small" wrap align="center" style={{ marginTop: 4 }}>
                          <StatusTag status={i.status} />
                          <span>
                            {formatDate(i.plannedFrom)} – {formatDate(i.plannedTo)}
                          </span>
                          {overdueTag(i)}
                        </Flex>
                      </div>
                    ),
                  },
                ]
              : [
                  {
                    title: t('inspections.number'),
                    dataIndex: 'planNumber',
                    sorter: true,
                    sortOrder: orderOf(state.sort, 'planNumber'),
                    render: (n: string, i) => <Link to={links.inspection(i.id)}>{n}</Link>,
                  },
                  {
                    title: t('inspections.titleField'),
                    dataIndex: 'title',
                    render: (title: string, i) => (
                      <div style={{ minWidth: 200, maxWidth: 380, whiteSpace: 'normal' }}>
                        {title}
                        <div className="muted">{i.subjectNames.join('; ')}</div>
                      </div>
                    ),
                  },
                  { title: t('inspections.kind'), dataIndex: 'kind', render: (k: InspectionKind) => t(`inspections.kinds.${k}`) },
                  { title: t('inspections.status'), dataIndex: 'status', render: (s: InspectionStatus) => <StatusTag status={s} /> },
                  {
                    title: t('inspections.planned'),
                    dataIndex: 'plannedFrom',
                    sorter: true,
                    sortOrder: orderOf(state.sort, 'plannedFrom'),
                    render: (d: string, i) => `${formatDate(d)} – ${formatDate(i.plannedTo)}`,
                  },
                  {
                    title: t('inspections.remediesOpen'),
                    dataIndex: 'openRemedies',
                    align: 'right',
                    render: (n: number, i) => (
                      <Flex gap="small" justify="end" align="center">
                        {n}
                        {overdueTag(i)}
                      </Flex>
                    ),
                  },
                ]
          }
        />
      )}
      {creating && <InspectionForm onClose={() => setCreating(false)} onSaved={(i) => navigate(links.inspection(i.id))} />}
    </>
  );
}
