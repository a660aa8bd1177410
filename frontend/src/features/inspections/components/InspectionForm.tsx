import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { ApiProblemError } from '@/lib/api/problem';
import { DATE_FORMAT } from '@/lib/format';
import { applyFieldErrors, useProblemToast } from '@/lib/problems';
import { inputOf, useCreateInspection, useUpdateInspection, type Inspection, type InspectionKind, type TeamRole } from '../api/inspections';
import { KINDS, TEAM_ROLES } from './labels';
import { DocumentsSelect, SubjectsSelect } from './pickers';

interface Values {
  organizationId?: string | null;
  kind: InspectionKind;
  planNumber?: string;
  title?: string;
  subjectOrganizationIds?: string[];
  resolutionIds?: string[];
  plannedFrom?: Dayjs | null;
  plannedTo?: Dayjs | null;
  team?: { fullName?: string; position?: string | null; role?: TeamRole }[];
}

const FIELDS = ['organizationId', 'kind', 'planNumber', 'title', 'subjectOrganizationIds', 'resolutionIds', 'plannedFrom', 'plannedTo', 'team'];
const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : '');

/**
 * The server names a refused subject or document by its place in the list (`subjectOrganizationIds[1]`); the form has
 * one field for the whole list, which shows the message.
 */
function onListFields(error: unknown): unknown {
  if (!(error instanceof ApiProblemError) || !error.problem.errors) return error;
  const errors = error.problem.errors.map((e) => ({ ...e, field: e.field.replace(/^(subjectOrganizationIds|resolutionIds)\[\d+\]$/, '$1') }));
  return new ApiProblemError(error.status, { ...error.problem, errors }, error.retryAfter);
}

function valuesOf(i: Inspection | undefined): Values {
  if (!i) return { kind: 'INSPECTION', team: [{ role: 'HEAD' }], subjectOrganizationIds: [], resolutionIds: [] };
  return {
    organizationId: i.organizationId,
    kind: i.kind,
    planNumber: i.planNumber,
    title: i.title,
    subjectOrganizationIds: i.subjectOrganizationIds,
    resolutionIds: i.resolutionIds,
    plannedFrom: dayjs(i.plannedFrom),
    plannedTo: dayjs(i.plannedTo),
    team: i.team,
  };
}

/**
 * The plan of an inspection (who decides, its number, subjects, documents, dates and team), in a dialog: a new one
 * (POST) or the one read (PUT at its version, everything else kept). The server checks it; its field errors show here.
 */
export function InspectionForm({ inspection, onClose, onSaved }: { inspection?: Inspection; onClose: () => void; onSaved: (i: Inspection) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateInspection();
  const update = useUpdateInspection();
  const toast = useProblemToast();
  const committee = Form.useWatch('organizationId', form) ?? inspection?.organizationId ?? null;
  const known = Object.fromEntries((inspection?.subjectOrganizationIds ?? []).map((id, n) => [id, inspection!.subjectNames[n] ?? id]));
  const required = [{ required: true, whitespace: true, message: t('inspections.required') }];

  return (
    <Modal
      open
      width={720}
      title={inspection ? t('inspections.editPlan') : t('inspections.new')}
      okText={t('app.save')}
      cancelText={t('app.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={valuesOf(inspection)}
        onFinish={async (v) => {
          const plan = {
            organizationId: v.organizationId!,
            kind: v.kind,
            planNumber: v.planNumber!.trim(),
            title: v.title!.trim(),
            subjectOrganizationIds: v.subjectOrganizationIds ?? [],
            resolutionIds: v.resolutionIds ?? [],
            plannedFrom: day(v.plannedFrom),
            plannedTo: day(v.plannedTo),
            team: (v.team ?? [])
              .filter((m) => m.fullName?.trim())
              .map((m) => ({ fullName: m.fullName!.trim(), position: m.position?.trim() || null, role: m.role ?? 'MEMBER' })),
          };
          try {
            const saved = inspection
              ? await update.mutateAsync({ id: inspection.id, version: inspection.version, body: { ...inputOf(inspection), ...plan } })
              : await create.mutateAsync(plan);
            onSaved(saved);
          } catch (error) {
            toast(error, { unshownErrors: applyFieldErrors(form, onListFields(error), FIELDS), onReload: () => window.location.reload() });
          }
        }}
      >
        <Form.Item name="organizationId" label={t('inspections.committee')} rules={[{ required: true, message: t('inspections.required') }]}>
          <OrganizationSelect types={['DISTRICT', 'GRASSROOTS']} aria-label={t('inspections.committee')} style={{ width: '100%' }} />
        </Form.Item>
        <Flex gap="small" wrap>
          <Form.Item name="kind" label={t('inspections.kind')} style={{ minWidth: 160 }}>
            <Select options={KINDS.map((k) => ({ value: k, label: t(`inspections.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="planNumber" label={t('inspections.planNumber')} rules={required} className="grow" extra={t('inspections.planNumberHint')}>
            <Input maxLength={100} />
          </Form.Item>
        </Flex>
        <Form.Item name="title" label={t('inspections.titleField')} rules={required}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
        </Form.Item>
        <Form.Item name="subjectOrganizationIds" label={t('inspections.subjects')} rules={[{ required: true, message: t('inspections.required') }]}>
          <SubjectsSelect withinId={committee} known={known} aria-label={t('inspections.subjects')} />
        </Form.Item>
        <Form.Item name="resolutionIds" label={t('inspections.documents')}>
          <DocumentsSelect aria-label={t('inspections.documents')} />
        </Form.Item>
        <Flex gap="small" wrap>
          <Form.Item name="plannedFrom" label={t('inspections.plannedFrom')} rules={[{ required: true, message: t('inspections.required') }]}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item name="plannedTo" label={t('inspections.plannedTo')} rules={[{ required: true, message: t('inspections.required') }]}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Flex>
        <h3 className="section-title">{t('inspections.team')}</h3>
        <p className="muted" style={{ marginTop: 0 }}>{t('inspections.teamHint')}</p>
        <Form.List name="team">
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, n) => (
                <Flex key={field.key} gap="small" wrap align="end" className="list-item">
                  <Form.Item name={[field.name, 'fullName']} label={`${t('inspections.memberName')} ${n + 1}`} className="grow" rules={required}>
                    <Input maxLength={255} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'position']} label={t('inspections.position')} className="grow">
                    <Input maxLength={255} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'role']} label={t('inspections.teamRole')} style={{ minWidth: 150 }}>
                    <Select options={TEAM_ROLES.map((r) => ({ value: r, label: t(`inspections.teamRoles.${r}`) }))} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined aria-hidden />} aria-label={`${t('app.remove')} ${n + 1}`} onClick={() => remove(field.name)} style={{ marginBottom: 24 }} />
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ role: 'MEMBER' })} block>
                {t('inspections.addMember')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
