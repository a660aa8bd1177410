import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { useSessionState } from '@/lib/api/session';
import { DATE_FORMAT, formatDate } from '@/lib/format';
import { applyFieldErrors, useProblemToast } from '@/lib/problems';
import { useUnsavedChangesWarning } from '@/lib/unsaved';
import { useCreateRecommendation } from '../api/create-recommendation';
import { useFields } from '../api/get-fields';
import { FIELDS, type Recommendation, type RecommendationField } from '../api/types';
import { useBriefingOptions } from './use-briefing-options';

interface NewValues {
  briefingId?: string;
  raisedById?: string | null;
  addresseeId?: string | null;
  field?: RecommendationField;
  title?: string;
  content?: string;
  dueOn?: Dayjs | null;
}

/**
 * The dialog that raises a recommendation: its briefing, who raises it (the caller's own branch or commune by default),
 * the addressee, the field, the text and a due date (left empty, the field's default days after the briefing, which the
 * form shows under it).
 */
export function CreateRecommendation({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (r: Recommendation) => void }) {
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
