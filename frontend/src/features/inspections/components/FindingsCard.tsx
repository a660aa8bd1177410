import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, Modal, Popconfirm, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemToast } from '@/lib/problems';
import { inputOf, useUpdateInspection, type Finding, type FindingArea, type FindingRating, type Inspection } from '../api/inspections';
import { RatingTag } from './common';
import { applyItemErrors } from './item-errors';
import { AREAS, RATINGS } from './labels';

interface Values {
  area?: FindingArea;
  organizationId?: string;
  rating?: FindingRating;
  text?: string;
}

/** The subjects as choices: a finding or a remedy is about one of them. */
export function subjectOptions(i: Inspection) {
  return i.subjectOrganizationIds.map((id, n) => ({ value: id, label: i.subjectNames[n] ?? id }));
}

/** One finding in a dialog (a new one, or the one at `index`), saved with the whole list (PUT at the version read). */
function FindingDialog({ inspection, index, onClose }: { inspection: Inspection; index: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateInspection();
  const toast = useProblemToast();
  const existing = inspection.findings[index];
  const required = [{ required: true, whitespace: true, message: t('inspections.required') }];
  return (
    <Modal
      open
      title={existing ? t('inspections.editFinding') : t('inspections.addFinding')}
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
        initialValues={existing ?? { organizationId: inspection.subjectOrganizationIds.length === 1 ? inspection.subjectOrganizationIds[0] : undefined }}
        onFinish={async (v) => {
          const finding: Finding = { area: v.area!, organizationId: v.organizationId!, rating: v.rating!, text: v.text!.trim() };
          const findings = [...inspection.findings];
          findings[index] = finding;
          try {
            await update.mutateAsync({ id: inspection.id, version: inspection.version, body: { ...inputOf(inspection), findings } });
            void message.success(t('inspections.findingSaved'));
            onClose();
          } catch (error) {
            toast(error, {
              unshownErrors: applyItemErrors(form, error, 'findings', index, ['area', 'organizationId', 'rating', 'text']),
              onReload: () => window.location.reload(),
            });
          }
        }}
      >
        <Form.Item name="organizationId" label={t('inspections.subject')} rules={required}>
          <Select options={subjectOptions(inspection)} />
        </Form.Item>
        <Form.Item name="area" label={t('inspections.area')} rules={required}>
          <Select options={AREAS.map((a) => ({ value: a, label: t(`inspections.areas.${a}`) }))} />
        </Form.Item>
        <Form.Item name="rating" label={t('inspections.rating')} rules={required}>
          <Select options={RATINGS.map((r) => ({ value: r, label: t(`inspections.ratings.${r}`) }))} />
        </Form.Item>
        <Form.Item name="text" label={t('inspections.findingText')} rules={required}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={10000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The team's findings, per subject, area and rating; each added, edited or removed on its own. */
export function FindingsCard({ inspection, editable }: { inspection: Inspection; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateInspection();
  const toast = useProblemToast();
  const [editing, setEditing] = useState<number | null>(null);
  const nameOf = (id: string) => inspection.subjectNames[inspection.subjectOrganizationIds.indexOf(id)] ?? id;
  return (
    <Card
      size="small"
      className="card-with-action"
      title={<h2 className="section-title">{t('inspections.findings')}</h2>}
      extra={
        editable && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing(inspection.findings.length)}>
            {t('inspections.addFinding')}
          </Button>
        )
      }
    >
      {inspection.findings.length === 0 ? (
        <p className="empty-text">{t('inspections.noFindings')}</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {inspection.findings.map((f, n) => (
            <li key={n} className="list-item">
              <Flex gap="small" justify="space-between" align="start">
                <div className="entry" style={{ minWidth: 0 }}>
                  <Flex gap="small" wrap align="center">
                    <strong>{t(`inspections.areas.${f.area}`)}</strong>
                    <RatingTag rating={f.rating} />
                  </Flex>
                  <div className="muted">{nameOf(f.organizationId)}</div>
                  <p className="pre-line" style={{ marginTop: 4 }}>
                    {f.text}
                  </p>
                </div>
                {editable && (
                  <Flex gap="small">
                    <Button size="small" icon={<EditOutlined aria-hidden />} aria-label={`${t('app.edit')}: ${t('inspections.finding')} ${n + 1}`} onClick={() => setEditing(n)} />
                    <Popconfirm
                      title={t('inspections.removeFinding')}
                      okText={t('app.remove')}
                      cancelText={t('app.cancel')}
                      onConfirm={async () => {
                        try {
                          await update.mutateAsync({
                            id: inspection.id,
                            version: inspection.version,
                            body: { ...inputOf(inspection), findings: inspection.findings.filter((_, k) => k !== n) },
                          });
                          void message.success(t('inspections.findingRemoved'));
                        } catch (error) {
                          toast(error, { onReload: () => window.location.reload() });
                        }
                      }}
                    >
                      <Button size="small" danger icon={<DeleteOutlined aria-hidden />} aria-label={`${t('app.remove')}: ${t('inspections.finding')} ${n + 1}`} />
                    </Popconfirm>
                  </Flex>
                )}
              </Flex>
            </li>
          ))}
        </ul>
      )}
      {editing !== null && <FindingDialog inspection={inspection} index={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
