import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { DATE_FORMAT } from '@/lib/format';
import { applyFieldErrors, useProblemToast } from '@/lib/problems';
import { useCreateStudyPlan, useUpdateStudyPlan } from '../api/study-plans';
import type { Audience, StudyPlan, StudyPlanInput } from '../api/types';
import { AUDIENCES } from './labels';
import { ResolutionSelect } from './ResolutionSelect';

interface Values {
  organizationId?: string;
  resolutionId?: string;
  number?: string;
  issuedOn?: Dayjs | null;
  title?: string;
  scopeOrganizationId?: string | null;
  levels?: { audience?: Audience; dueOn?: Dayjs | null }[];
  presenters?: { fullName?: string; position?: string }[];
  actionPlansDueOn?: Dayjs | null;
}

const FIELDS = ['organizationId', 'resolutionId', 'number', 'issuedOn', 'title', 'scopeOrganizationId', 'levels', 'presenters', 'actionPlansDueOn'];
const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : '');

function initial(plan: StudyPlan | undefined): Values {
  if (!plan) return { levels: [], presenters: [] };
  return {
    organizationId: plan.organizationId,
    resolutionId: plan.resolutionId,
    number: plan.number,
    issuedOn: dayjs(plan.issuedOn),
    title: plan.title,
    scopeOrganizationId: plan.scopeOrganizationId,
    levels: plan.levels.map((l) => ({ audience: l.audience, dueOn: dayjs(l.dueOn) })),
    presenters: plan.presenters.map((p) => ({ fullName: p.fullName, position: p.position ?? undefined })),
    actionPlansDueOn: dayjs(plan.actionPlansDueOn),
  };
}

/**
 * Issues a study plan (or replaces one, at the version read): the committee, the document, the KH number, the levels
 * with their due dates, the presenters and when the action plans are due. The server checks the rest and says which
 * field is wrong.
 */
export function StudyPlanForm({ open, plan, onClose, onSaved }: { open: boolean; plan?: StudyPlan; onClose: () => void; onSaved: (p: StudyPlan) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateStudyPlan();
  const update = useUpdateStudyPlan();
  const toast = useProblemToast();
  const pending = create.isPending || update.isPending;

  const submit = async (v: Values) => {
    const body: StudyPlanInput = {
      organizationId: v.organizationId!,
      resolutionId: v.resolutionId!,
      number: v.number!.trim(),
      issuedOn: day(v.issuedOn),
      title: v.title!.trim(),
      scopeOrganizationId: v.scopeOrganizationId ?? null,
      levels: (v.levels ?? []).map((l) => ({ audience: l.audience!, dueOn: day(l.dueOn) })),
      presenters: (v.presenters ?? []).filter((p) => p.fullName?.trim()).map((p) => ({ fullName: p.fullName!.trim(), position: p.position?.trim() || null })),
      actionPlansDueOn: day(v.actionPlansDueOn),
      externalId: plan?.externalId ?? null,
    };
    try {
      const saved = plan ? await update.mutateAsync({ id: plan.id, version: plan.version, body }) : await create.mutateAsync(body);
      onSaved(saved);
    } catch (error) {
      toast(error, { unshownErrors: applyFieldErrors(form, error, FIELDS), onReload: () => window.location.reload() });
    }
  };

  return (
    <Modal
      open={open}
      title={plan ? t('studies.edit') : t('studies.new')}
      okText={t('app.save')}
      cancelText={t('app.cancel')}
      confirmLoading={pending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
      width={720}
    >
      <Form<Values> form={form} layout="vertical" initialValues={initial(plan)} onFinish={submit}>
        <Form.Item name="organizationId" label={t('studies.organization')} rules={[{ required: true }]}>
          <OrganizationSelect types={['DISTRICT', 'GRASSROOTS']} aria-label={t('studies.organization')} />
        </Form.Item>
        <Form.Item name="resolutionId" label={t('studies.resolution')} rules={[{ required: true }]}>
          <ResolutionField disabled={Boolean(plan)} />
        </Form.Item>
        <Flex gap="small" wrap>
          <Form.Item name="number" label={t('studies.number')} extra={t('studies.numberHint')} rules={[{ required: true, whitespace: true }]} className="grow">
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="issuedOn" label={t('studies.issuedOn')} rules={[{ required: true }]}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Flex>
        <Form.Item name="title" label={t('studies.titleField')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
        </Form.Item>
        <Form.Item name="scopeOrganizationId" label={t('studies.scope')} extra={t('studies.scopeHint')}>
          <OrganizationSelect types={['DISTRICT', 'GRASSROOTS']} allowClear aria-label={t('studies.scope')} />
        </Form.Item>
        <Form.Item name="actionPlansDueOn" label={t('studies.actionPlansDueOn')} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <h3 className="section-title">{t('studies.levels')}</h3>
        <Form.List name="levels">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Flex key={field.key} gap="small" wrap align="end" className="list-item">
                  <Form.Item name={[field.name, 'audience']} label={`${t('studies.audience')} ${i + 1}`} rules={[{ required: true }]} className="grow">
                    <Select options={AUDIENCES.map((a) => ({ value: a, label: t(`studies.audiences.${a}`) }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'dueOn']} label={t('studies.dueOn')} rules={[{ required: true }]}>
                    <DatePicker format={DATE_FORMAT} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined aria-hidden />} aria-label={t('studies.removeLevel', { n: i + 1 })} onClick={() => remove(field.name)} />
                </Flex>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})} block style={{ marginBottom: 16 }}>
                {t('studies.addLevel')}
              </Button>
            </>
          )}
        </Form.List>
        <h3 className="section-title">{t('studies.presenters')}</h3>
        <Form.List name="presenters">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Flex key={field.key} gap="small" wrap align="end" className="list-item">
                  <Form.Item name={[field.name, 'fullName']} label={`${t('studies.presenterName')} ${i + 1}`} rules={[{ required: true, whitespace: true }]} className="grow">
                    <Input maxLength={255} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'position']} label={t('studies.position')} className="grow">
                    <Input maxLength={255} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined aria-hidden />} aria-label={t('studies.removePresenter', { n: i + 1 })} onClick={() => remove(field.name)} />
                </Flex>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})} block>
                {t('studies.addPresenter')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

/** The document picker as a form control (value/onChange from Form.Item). */
function ResolutionField(props: { id?: string; value?: string | null; onChange?: (id: string) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  return <ResolutionSelect {...props} aria-label={t('studies.resolution')} />;
}
