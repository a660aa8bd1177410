import { CheckOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Flex, Form, Input, Modal, Radio, Select, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, formatDate } from '@/lib/format';
import { useProblemToast } from '@/lib/problems';
import { inputOf, useUpdateInspection, type Inspection, type Remedy, type RemedyStatus } from '../api/inspections';
import { RemedyTag } from './common';
import { subjectOptions } from './FindingsCard';
import { applyItemErrors, todayInVietnam } from './item-errors';
import { REMEDY_STATUSES } from './labels';

interface Values {
  organizationId?: string;
  text?: string;
  dueOn?: Dayjs | null;
  status: RemedyStatus;
  doneOn?: Dayjs | null;
  waivedReason?: string | null;
}

const FIELDS = ['organizationId', 'text', 'dueOn', 'status', 'doneOn', 'waivedReason'];

/** One remedy in a dialog (new, or the one at `index`; `markDone` opens it as done today), saved with the whole list. */
function RemedyDialog({ inspection, index, markDone, onClose }: { inspection: Inspection; index: number; markDone: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateInspection();
  const toast = useProblemToast();
  const existing = inspection.remedies[index];
  const status = Form.useWatch('status', form) ?? existing?.status ?? 'OPEN';
  const required = [{ required: true, whitespace: true, message: t('inspections.required') }];
  const initial: Values = existing
    ? {
        ...existing,
        dueOn: dayjs(existing.dueOn),
        doneOn: existing.doneOn ? dayjs(existing.doneOn) : null,
        ...(markDone ? { status: 'DONE' as const, doneOn: dayjs(todayInVietnam()) } : {}),
      }
    : { status: 'OPEN', organizationId: inspection.subjectOrganizationIds.length === 1 ? inspection.subjectOrganizationIds[0] : undefined };
  return (
    <Modal
      open
      title={existing ? t('inspections.editRemedy') : t('inspections.addRemedy')}
      okText={t('app.save')}
      cancelText={t('app.cancel')}
      confirmLoading={update.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={async (v) => {
          const remedy: Remedy = {
            organizationId: v.organizationId!,
            text: v.text!.trim(),
            dueOn: v.dueOn?.format('YYYY-MM-DD') ?? '',
            status: v.status,
            doneOn: v.status === 'DONE' ? (v.doneOn?.format('YYYY-MM-DD') ?? null) : null,
            waivedReason: v.status === 'WAIVED' ? v.waivedReason?.trim() || null : null,
          };
          const remedies = [...inspection.remedies];
          remedies[index] = remedy;
          try {
            await update.mutateAsync({ id: inspection.id, version: inspection.version, body: { ...inputOf(inspection), remedies } });
            void message.success(t('inspections.remedySaved'));
            onClose();
          } catch (error) {
            toast(error, { unshownErrors: applyItemErrors(form, error, 'remedies', index, FIELDS), onReload: () => window.location.reload() });
          }
        }}
      >
        <Form.Item name="organizationId" label={t('inspections.remedyOwner')} rules={required}>
          <Select options={subjectOptions(inspection)} />
        </Form.Item>
        <Form.Item name="text" label={t('inspections.remedyText')} rules={required}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={10000} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('inspections.dueOn')} rules={[{ required: true, message: t('inspections.required') }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="status" label={t('inspections.remedyStatus')}>
          <Radio.Group options={REMEDY_STATUSES.map((s) => ({ value: s, label: t(`inspections.remedyStatuses.${s}`) }))} />
        </Form.Item>
        {status === 'DONE' && (
          <Form.Item name="doneOn" label={t('inspections.doneOn')} rules={[{ required: true, message: t('inspections.doneOnRequired') }]}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        )}
        {status === 'WAIVED' && (
          <Form.Item name="waivedReason" label={t('inspections.waivedReason')} rules={[{ required: true, whitespace: true, message: t('inspections.waivedReasonRequired') }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/**
 * The remedies the conclusion asks of the subjects, each with its owner, due date and status; the server's counts of
 * open and overdue ones on top. `blocking`: the remedies the server named when it refused to close the inspection.
 */
export function RemediesCard({ inspection, editable, blocking }: { inspection: Inspection; editable: boolean; blocking: ReadonlySet<number> }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<{ index: number; markDone: boolean } | null>(null);
  const nameOf = (id: string) => inspection.subjectNames[inspection.subjectOrganizationIds.indexOf(id)] ?? id;
  const today = todayInVietnam();
  return (
    <Card
      size="small"
      className="card-with-action"
      title={<h2 className="section-title">{t('inspections.remedies')}</h2>}
      extra={
        editable && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ index: inspection.remedies.length, markDone: false })}>
            {t('inspections.addRemedy')}
          </Button>
        )
      }
    >
      {inspection.remedies.length > 0 && (
        <p style={{ marginTop: 0 }}>
          {t('inspections.remediesSummary', { open: inspection.openRemedies, total: inspection.remedies.length })}
          {inspection.overdueRemedies > 0 && <span className="text-danger"> · {t('inspections.overdueCount', { count: inspection.overdueRemedies })}</span>}
        </p>
      )}
      {inspection.remedies.length === 0 ? (
        <p className="empty-text">{t('inspections.noRemedies')}</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {inspection.remedies.map((r, n) => {
            // The API's definition of overdue: OPEN, and today in Hà Nội after the due date.
            const overdue = r.status === 'OPEN' && today > r.dueOn;
            return (
              <li key={n} className={blocking.has(n) ? 'list-item remedy--blocking' : 'list-item'} style={blocking.has(n) ? { boxShadow: 'inset 4px 0 0 #b3261e' } : undefined}>
                <div className="entry" style={{ minWidth: 0 }}>
                  <Flex gap="small" wrap align="center">
                    <strong>
                      {t('inspections.remedy')} {n + 1}
                    </strong>
                    <RemedyTag status={r.status} />
                    {overdue && <Tag color="#b3261e">{t('inspections.overdue')}</Tag>}
                  </Flex>
                  <p style={{ margin: '4px 0' }}>{r.text}</p>
                  <div className="muted">
                    {nameOf(r.organizationId)} · {t('inspections.dueOn')}: {formatDate(r.dueOn)}
                    {r.status === 'DONE' && ` · ${t('inspections.doneOn')}: ${formatDate(r.doneOn)}`}
                  </div>
                  {r.status === 'WAIVED' && r.waivedReason && (
                    <div className="muted">
                      {t('inspections.waivedReason')}: {r.waivedReason}
                    </div>
                  )}
                </div>
                {editable && (
                  <Flex gap="small" wrap style={{ marginTop: 8 }}>
                    {r.status === 'OPEN' && (
                      <Button size="small" icon={<CheckOutlined aria-hidden />} onClick={() => setEditing({ index: n, markDone: true })}>
                        {t('inspections.markDone')}
                      </Button>
                    )}
                    <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => setEditing({ index: n, markDone: false })}>
                      {t('app.edit')}
                      <span className="visually-hidden">
                        : {t('inspections.remedy')} {n + 1}
                      </span>
                    </Button>
                  </Flex>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {editing && <RemedyDialog inspection={inspection} index={editing.index} markDone={editing.markDone} onClose={() => setEditing(null)} />}
    </Card>
  );
}
