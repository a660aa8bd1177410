import { PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, Modal, Select, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { orderOf, sortOf } from '@/components/table-sort';
import { can } from '@/lib/access';
import { useSessionState } from '@/lib/api/session';
import { DATE_FORMAT, formatDate, formatNumber } from '@/lib/format';
import { applyFieldErrors, useProblemToast } from '@/lib/problems';
import { useTableState } from '@/lib/url-state';
import { useConferences, useCreateConference, type Conference, type ConferenceKind, type ConferenceStatus } from '../api/conferences';
import { KINDS, STATUSES } from './labels';

interface NewValues {
  organizerId?: string;
  kind: ConferenceKind;
  title?: string;
  problem?: string;
  scheduledOn?: Dayjs | null;
}

function CreateConference({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (c: Conference) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewValues>();
  const create = useCreateConference();
  const toast = useProblemToast();
  return (
    <Modal
      open={open}
      title={t('conferences.new')}
      okText={t('app.save')}
      cancelText={t('app.cancel')}
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<NewValues>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'THEMATIC' }}
        onFinish={async (v) => {
          try {
            const created = await create.mutateAsync({
              organizerId: v.organizerId!,
              kind: v.kind,
              title: v.title!.trim(),
              problem: v.problem!.trim(),
              scheduledOn: v.scheduledOn ? v.scheduledOn.format('YYYY-MM-DD') : null,
            });
            onCreated(created);
          } catch (error) {
            toast(error, { unshownErrors: applyFieldErrors(form, error, ['organizerId', 'kind', 'title', 'problem', 'scheduledOn']) });
          }
        }}
      >
        <Form.Item name="organizerId" label={t('conferences.organizer')} rules={[{ required: true }]}>
          <OrganizationSelect types={['DISTRICT', 'GRASSROOTS']} aria-label={t('conferences.organizer')} />
        </Form.Item>
        <Form.Item name="kind" label={t('conferences.kind')}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`conferences.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('conferences.titleField')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="problem" label={t('conferences.problem')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
        </Form.Item>
        <Form.Item name="scheduledOn" label={t('conferences.scheduledOn')}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Conferences, seminars and contests the caller may see: filtered, sorted and paged by the server. */
export function ConferencesPage({ hrefOf }: { hrefOf: (id: string) => string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const role = useSessionState().session?.user.role;
  const [state, setParams, params] = useTableState();
  const status = STATUSES.find((s) => s === params.get('status')) ?? null;
  const kind = KINDS.find((k) => k === params.get('kind')) ?? null;
  const conferences = useConferences({ ...state, status, kind });
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title={t('conferences.title')}
        extra={
          can(role, 'manageConferences') && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('conferences.new')}
            </Button>
          )
        }
      />
      <Flex className="toolbar" gap="small" wrap role="search">
        <Input.Search
          aria-label={t('app.search')}
          placeholder={t('app.search')}
          defaultValue={state.q}
          allowClear
          onSearch={(q) => setParams({ q, page: null }, { replace: true })}
          style={{ maxWidth: 280 }}
        />
        <Select
          aria-label={t('conferences.status')}
          allowClear
          placeholder={t('conferences.status')}
          value={status ?? undefined}
          onChange={(v?: ConferenceStatus) => setParams({ status: v ?? null, page: null })}
          options={STATUSES.map((s) => ({ value: s, label: t(`conferences.statuses.${s}`) }))}
          style={{ width: 200 }}
        />
        <Select
          aria-label={t('conferences.kind')}
          allowClear
          placeholder={t('conferences.kind')}
          value={kind ?? undefined}
          onChange={(v?: ConferenceKind) => setParams({ kind: v ?? null, page: null })}
          options={KINDS.map((k) => ({ value: k, label: t(`conferences.kinds.${k}`) }))}
          style={{ width: 180 }}
        />
      </Flex>
      {conferences.error ? (
        <ProblemAlert error={conferences.error} />
      ) : (
        <Table<Conference>
          rowKey="id"
          loading={conferences.isFetching}
          dataSource={conferences.data?.items ?? []}
          locale={{ emptyText: conferences.isPending ? t('app.loading') : t('conferences.empty') }}
          pagination={{
            current: state.page,
            pageSize: state.size,
            total: conferences.data?.totalItems ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('app.total', { count: total }),
          }}
          onChange={(p, _f, sorter) =>
            setParams({ page: p.current && p.current > 1 ? p.current : null, size: p.pageSize !== 20 ? p.pageSize : null, sort: sortOf(sorter) })
          }
          columns={[
            {
              title: t('conferences.titleField'),
              dataIndex: 'title',
              sorter: true,
              sortOrder: orderOf(state.sort, 'title'),
              render: (title: string, c) => <Link to={hrefOf(c.id)}>{title}</Link>,
            },
            { title: t('conferences.kind'), dataIndex: 'kind', responsive: ['md'], render: (k: ConferenceKind) => t(`conferences.kinds.${k}`) },
            {
              title: t('conferences.status'),
              dataIndex: 'status',
              sorter: true,
              sortOrder: orderOf(state.sort, 'status'),
              render: (s: ConferenceStatus) => <Tag>{t(`conferences.statuses.${s}`)}</Tag>,
            },
            { title: t('conferences.heldOn'), dataIndex: 'heldOn', responsive: ['sm'], sorter: true, sortOrder: orderOf(state.sort, 'heldOn'), render: formatDate },
            {
              title: t('conferences.participants'),
              dataIndex: 'participantCount',
              align: 'right',
              responsive: ['md'],
              render: (n: number) => formatNumber(n, i18n.language, 0),
            },
          ]}
        />
      )}
      <CreateConference open={creating} onClose={() => setCreating(false)} onCreated={(c) => navigate(hrefOf(c.id))} />
    </>
  );
}
