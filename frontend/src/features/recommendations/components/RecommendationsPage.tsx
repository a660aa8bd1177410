import { PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, Modal, Select, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ExportButton } from '@/components/ExportButton';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { orderOf, sortOf } from '@/components/table-sort';
import { can } from '@/lib/access';
import { useSessionState } from '@/lib/api/session';
import { DATE_FORMAT, formatDate } from '@/lib/format';
import { applyFieldErrors, useProblemToast } from '@/lib/problems';
import { useUnsavedChangesWarning } from '@/lib/unsaved';
import { useTableState } from '@/lib/url-state';
import { useBriefings } from '../api/briefings';
import { useCreateRecommendation } from '../api/create-recommendation';
import { exportRecommendations } from '../api/export-recommendations';
import { useFields } from '../api/get-fields';
import { useRecommendations, type RecommendationsFilter } from '../api/get-recommendations';
import { useZones } from '../api/get-zones';
import { FIELDS, STATUSES, type Recommendation, type RecommendationField, type RecommendationStatus } from '../api/types';
import { briefingLabel, OverdueTag, Sections, StatusTag, type SectionLinks } from './common';

interface NewValues {
  briefingId?: string;
  raisedById?: string | null;
  addresseeId?: string | null;
  field?: RecommendationField;
  title?: string;
  content?: string;
  dueOn?: Dayjs | null;
}

function useBriefingOptions() {
  const { t } = useTranslation();
  const briefings = useBriefings(null, null, 100);
  const zones = useZones();
  const zoneNames = useMemo(() => new Map((zones.data ?? []).map((z) => [z.id, z.name])), [zones.data]);
  return {
    briefings: briefings.data ?? [],
    loading: briefings.isPending,
    options: (briefings.data ?? []).map((b) => ({ value: b.id, label: briefingLabel(b, zoneNames.get(b.zoneId), t) })),
  };
}

function CreateRecommendation({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (r: Recommendation) => void }) {
  const { t } = useTranslation();
  const user = useSessionState().session?.user;
  const [form] = Form.useForm<NewValues>();
  const create = useCreateRecommendation();
  const toast = useProblemToast();
  const fields = useFields();
  const { briefings, options, loading } = useBriefingOptions();
  const [dirty, setDirty] = useState(false);
  const release = useUnsavedChangesWarning(open && dirty);
  const briefingId = Form.useWatch('briefingId', form);
  const field = Form.useWatch('field', form);
  const briefing = briefings.find((b) => b.id === briefingId);
  const days = fields.data?.find((f) => f.code === field)?.defaultDueDays;
  const ownRaiser = user?.role === 'BRANCH_SECRETARY' || user?.role === 'GRASSROOTS_OFFICER';

  return (
    <Modal
      open={open}
      title={t('recommendations.new')}
      okText={t('app.save')}
      cancelText={t('app.cancel')}
      confirmLoading={create.isPending}
      onCancel={() => {
        setDirty(false);
        onClose();
      }}
      onOk={() => form.submit()}
      destroyOnHidden
      width={640}
    >
      <Form<NewValues>
        form={form}
        layout="vertical"
        initialValues={{ raisedById: ownRaiser ? user?.organizationId : undefined }}
        onValuesChange={() => setDirty(true)}
        onFinish={async (v) => {
          try {
            const created = await create.mutateAsync({
              briefingId: v.briefingId!,
              raisedById: v.raisedById!,
              addresseeId: v.addresseeId!,
              field: v.field!,
              title: v.title!.trim(),
              content: v.content!.trim(),
              dueOn: v.dueOn ? v.dueOn.format('YYYY-MM-DD') : null,
            });
            release();
            setDirty(false);
            onCreated(created);
          } catch (error) {
            toast(error, {
              unshownErrors: applyFieldErrors(form, error, ['briefingId', 'raisedById', 'addresseeId', 'field', 'title', 'content', 'dueOn']),
            });
          }
        }}
      >
        <Form.Item name="briefingId" label={t('recommendations.briefing')} rules={[{ required: true, message: t('recommendations.required') }]}>
          <Select loading={loading} options={options} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item name="raisedById" label={t('recommendations.raisedBy')} rules={[{ required: true, message: t('recommendations.required') }]}>
          <OrganizationSelect types={['BRANCH', 'GRASSROOTS']} aria-label={t('recommendations.raisedBy')} />
        </Form.Item>
        <Form.Item name="addresseeId" label={t('recommendations.addressee')} rules={[{ required: true, message: t('recommendations.required') }]}>
          <OrganizationSelect types={['DEPARTMENT', 'GRASSROOTS']} aria-label={t('recommendations.addressee')} />
        </Form.Item>
        <Form.Item name="field" label={t('recommendations.field')} rules={[{ required: true, message: t('recommendations.required') }]}>
          <Select options={FIELDS.map((f) => ({ value: f, label: t(`recommendations.fields.${f}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('recommendations.titleField')} rules={[{ required: true, whitespace: true, message: t('recommendations.required') }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="content" label={t('recommendations.content')} rules={[{ required: true, whitespace: true, message: t('recommendations.required') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={10000} />
        </Form.Item>
        <Form.Item
          name="dueOn"
          label={t('recommendations.dueOn')}
          extra={
            briefing && days !== undefined
              ? t('recommendations.dueDefault', { date: formatDate(dayjs(briefing.heldOn).add(days, 'day').format('YYYY-MM-DD')), days })
              : undefined
          }
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

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
  const { options: briefingOptions, loading: briefingsLoading } = useBriefingOptions();
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
      <Flex className="toolbar" gap="small" wrap role="search">
        <Input.Search
          aria-label={t('app.search')}
          placeholder={t('recommendations.searchPlaceholder')}
          defaultValue={state.q}
          allowClear
          onSearch={(q) => setParams({ q, page: null }, { replace: true })}
          style={{ maxWidth: 280 }}
        />
        <Select
          aria-label={t('recommendations.field')}
          allowClear
          placeholder={t('recommendations.field')}
          value={filter.field ?? undefined}
          onChange={(v?: RecommendationField) => setParams({ field: v ?? null, page: null })}
          options={FIELDS.map((f) => ({ value: f, label: t(`recommendations.fields.${f}`) }))}
          style={{ width: 220 }}
          popupMatchSelectWidth={false}
        />
        <Select
          aria-label={t('recommendations.status')}
          allowClear
          placeholder={t('recommendations.status')}
          value={filter.status ?? undefined}
          onChange={(v?: RecommendationStatus) => setParams({ status: v ?? null, page: null })}
          options={STATUSES.map((s) => ({ value: s, label: t(`recommendations.statuses.${s}`) }))}
          style={{ width: 190 }}
        />
        <OrganizationSelect
          aria-label={t('recommendations.addressee')}
          placeholder={t('recommendations.addressee')}
          types={['DEPARTMENT', 'GRASSROOTS']}
          allowClear
          value={filter.addresseeId}
          onChange={(id) => setParams({ addressee: id, page: null })}
          style={{ width: 240 }}
        />
        <Select
          aria-label={t('recommendations.briefing')}
          allowClear
          placeholder={t('recommendations.briefing')}
          loading={briefingsLoading}
          value={filter.briefingId ?? undefined}
          onChange={(v?: string) => setParams({ briefing: v ?? null, page: null })}
          options={briefingOptions}
          style={{ width: 240 }}
          popupMatchSelectWidth={false}
        />
        <Select
          aria-label={t('recommendations.overdue')}
          allowClear
          placeholder={t('recommendations.overdue')}
          value={filter.overdue === null ? undefined : String(filter.overdue)}
          onChange={(v?: string) => setParams({ overdue: v ?? null, page: null })}
          options={[
            { value: 'true', label: t('recommendations.overdueOnly') },
            { value: 'false', label: t('recommendations.notOverdue') },
          ]}
          style={{ width: 170 }}
        />
      </Flex>
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
