import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Modal, Row, Select, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { can } from '@/lib/access';
import { useSessionState } from '@/lib/api/session';
import { DATE_FORMAT, formatDate } from '@/lib/format';
import { applyFieldErrors, useProblemToast } from '@/lib/problems';
import { useSearchParams } from '@/lib/url-state';
import { useBriefings, useCreateBriefing } from '../api/briefings';
import { useRotation } from '../api/get-rotation';
import { useZones } from '../api/get-zones';
import type { Briefing, Rotation } from '../api/types';
import { Sections, type SectionLinks } from './common';

interface NewValues {
  hostOrganizationId?: string;
  heldOn?: Dayjs | null;
}

function CreateBriefing({
  zoneId,
  rotation,
  month,
  onClose,
}: {
  zoneId: string;
  rotation: Rotation;
  month: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewValues>();
  const create = useCreateBriefing();
  const toast = useProblemToast();
  const slot = rotation.months.find((m) => m.month === month);
  const start = month ? dayjs(`${month}-05`) : null;
  return (
    <Modal
      open
      title={t('recommendations.newBriefing')}
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
        initialValues={{ hostOrganizationId: slot?.hostOrganizationId ?? undefined, heldOn: start }}
        onFinish={async (v) => {
          try {
            await create.mutateAsync({
              zoneId,
              hostOrganizationId: v.hostOrganizationId!,
              heldOn: v.heldOn!.format('YYYY-MM-DD'),
            });
            void message.success(t('app.saved'));
            onClose();
          } catch (error) {
            toast(error, { unshownErrors: applyFieldErrors(form, error, ['hostOrganizationId', 'heldOn']) });
          }
        }}
      >
        <Form.Item name="hostOrganizationId" label={t('recommendations.host')} rules={[{ required: true, message: t('recommendations.required') }]}>
          <Select options={rotation.hosts.map((h) => ({ value: h.organizationId, label: h.name }))} />
        </Form.Item>
        <Form.Item
          name="heldOn"
          label={t('recommendations.heldOn')}
          extra={t('recommendations.heldOnHint')}
          rules={[{ required: true, message: t('recommendations.required') }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A zone's briefings of a year and who hosts each month (the rotation), with recording a briefing for the office. */
export function BriefingsPage({ links }: { links: SectionLinks }) {
  const { t } = useTranslation();
  const role = useSessionState().session?.user.role;
  const [params, setParams] = useSearchParams();
  const zones = useZones();
  const zoneId = params.get('zone') ?? zones.data?.[0]?.id ?? null;
  const thisYear = dayjs().year();
  const year = Number(params.get('year')) || thisYear;
  const rotation = useRotation(zoneId, year);
  const briefings = useBriefings(zoneId, year);
  const [creating, setCreating] = useState<string | null | false>(false);
  const hostNames = useMemo(() => new Map((rotation.data?.hosts ?? []).map((h) => [h.organizationId, h.name])), [rotation.data]);
  const manage = can(role, 'manageBriefings');
  const years = Array.from({ length: 6 }, (_, i) => thisYear + 1 - i);

  return (
    <>
      <PageHeader
        title={t('recommendations.title')}
        extra={
          manage &&
          zoneId &&
          rotation.data && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(null)}>
              {t('recommendations.newBriefing')}
            </Button>
          )
        }
      />
      <Sections links={links} />
      <Flex className="toolbar" gap="small" wrap>
        <Select
          aria-label={t('recommendations.zone')}
          placeholder={t('recommendations.zone')}
          loading={zones.isPending}
          value={zoneId ?? undefined}
          onChange={(v: string) => setParams({ zone: v })}
          options={(zones.data ?? []).map((z) => ({ value: z.id, label: z.name }))}
          style={{ width: 200 }}
        />
        <Select
          aria-label={t('recommendations.year')}
          value={year}
          onChange={(v: number) => setParams({ year: v === thisYear ? null : v })}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 110 }}
        />
      </Flex>
      {(zones.error || rotation.error) && <ProblemAlert error={zones.error ?? rotation.error} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={<h2 className="section-title">{t('recommendations.rotation', { year })}</h2>}>
            {rotation.data?.warnings.map((w) => (
              <Alert key={`${w.organizationId}-${w.kind}`} type="warning" showIcon title={w.message} style={{ marginBottom: 8 }} />
            ))}
            <Table
              size="small"
              rowKey="month"
              loading={rotation.isFetching}
              pagination={false}
              dataSource={rotation.data?.months ?? []}
              columns={[
                { title: t('recommendations.month'), dataIndex: 'month', render: (m: string) => `${m.slice(5)}/${m.slice(0, 4)}` },
                {
                  title: t('recommendations.host'),
                  dataIndex: 'hostOrganizationId',
                  render: (id: string | null, m) => (
                    <Flex gap={4} wrap align="center">
                      <span>{(id && hostNames.get(id)) ?? '—'}</span>
                      {m.proposed ? <Tag>{t('recommendations.proposed')}</Tag> : <Tag color="#237804">{t('recommendations.recorded')}</Tag>}
                    </Flex>
                  ),
                },
                {
                  title: t('recommendations.heldOn'),
                  dataIndex: 'heldOn',
                  render: (d: string | null, m) =>
                    d
                      ? formatDate(d)
                      : manage && (
                          <Button size="small" onClick={() => setCreating(m.month)}>
                            {t('recommendations.recordThisMonth')}
                          </Button>
                        ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={<h2 className="section-title">{t('recommendations.briefings')}</h2>}>
            {rotation.data && <h3 className="section-title" style={{ marginBottom: 8 }}>{t('recommendations.hostCounts', { year })}</h3>}
            {rotation.data && (
              <Table
                size="small"
                rowKey="organizationId"
                pagination={false}
                style={{ marginBottom: 16 }}
                dataSource={rotation.data.hosts}
                columns={[
                  { title: t('recommendations.host'), dataIndex: 'name' },
                  { title: t('recommendations.hosted'), dataIndex: 'hosted', align: 'right' },
                  { title: t('recommendations.planned'), dataIndex: 'planned', align: 'right' },
                ]}
              />
            )}
            <h3 className="section-title" style={{ marginBottom: 8 }}>{t('recommendations.held', { year })}</h3>
            {briefings.error ? (
              <ProblemAlert error={briefings.error} />
            ) : (
              <Table<Briefing>
                size="small"
                rowKey="id"
                loading={briefings.isFetching}
                pagination={false}
                dataSource={briefings.data ?? []}
                locale={{ emptyText: <span className="empty-text">{t('recommendations.noBriefings')}</span> }}
                columns={[
                  { title: t('recommendations.heldOn'), dataIndex: 'heldOn', render: formatDate },
                  { title: t('recommendations.host'), dataIndex: 'hostOrganizationId', render: (id: string) => hostNames.get(id) ?? '—' },
                  { title: t('recommendations.attendees'), dataIndex: 'attendeeCount', align: 'right' },
                ]}
              />
            )}
          </Card>
        </Col>
      </Row>
      {creating !== false && zoneId && rotation.data && (
        <CreateBriefing
          zoneId={zoneId}
          rotation={rotation.data}
          month={creating ?? rotation.data.months.find((m) => m.proposed)?.month ?? null}
          onClose={() => setCreating(false)}
        />
      )}
    </>
  );
}
