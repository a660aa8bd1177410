import { App, Button, Card, DatePicker, Flex, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, formatDate } from '@/lib/format';
import { applyFieldErrors, useProblemToast } from '@/lib/problems';
import { useUnsavedChangesWarning } from '@/lib/unsaved';
import { inputOf, useUpdateInspection, type Inspection } from '../api/inspections';

interface Values {
  conclusion: { number?: string | null; issuedOn?: Dayjs | null; text?: string | null };
}

/** The conclusion (kết luận): its KL number, date and text, saved with the inspection (PUT); the server checks the number. */
export function ConclusionCard({ inspection, editable }: { inspection: Inspection; editable: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const update = useUpdateInspection();
  const toast = useProblemToast();
  const { message } = App.useApp();
  const [dirty, setDirty] = useState(false);
  const release = useUnsavedChangesWarning(dirty);
  const c = inspection.conclusion;

  useEffect(() => {
    if (!editable) return;
    form.setFieldsValue({ conclusion: { number: c?.number ?? '', issuedOn: c?.issuedOn ? dayjs(c.issuedOn) : null, text: c?.text ?? '' } });
    setDirty(false);
  }, [c, form, editable]);

  const title = <h2 className="section-title">{t('inspections.conclusion')}</h2>;
  if (!editable) {
    return (
      <Card size="small" title={title}>
        {c?.number ? (
          <>
            <p style={{ margin: 0 }}>
              <strong>{c.number}</strong> · {formatDate(c.issuedOn)}
            </p>
            <p className="pre-line" style={{ marginTop: 8 }}>
              {c.text}
            </p>
          </>
        ) : (
          <p className="muted">{t('inspections.noConclusion')}</p>
        )}
      </Card>
    );
  }
  return (
    <Card size="small" title={title}>
      <Form<Values>
        form={form}
        layout="vertical"
        onValuesChange={() => setDirty(true)}
        onFinish={async (v) => {
          const number = v.conclusion.number?.trim() || null;
          const text = v.conclusion.text?.trim() || null;
          const issuedOn = v.conclusion.issuedOn?.format('YYYY-MM-DD') ?? null;
          try {
            await update.mutateAsync({
              id: inspection.id,
              version: inspection.version,
              body: { ...inputOf(inspection), conclusion: number || text || issuedOn ? { number, issuedOn, text } : null },
            });
            release();
            setDirty(false);
            void message.success(t('inspections.conclusionSaved'));
          } catch (error) {
            toast(error, { unshownErrors: applyFieldErrors(form, error, ['conclusion']), onReload: () => window.location.reload() });
          }
        }}
      >
        <Flex gap="small" wrap>
          <Form.Item name={['conclusion', 'number']} label={t('inspections.conclusionNumber')} className="grow" extra={t('inspections.conclusionNumberHint')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name={['conclusion', 'issuedOn']} label={t('inspections.conclusionIssuedOn')}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Flex>
        <Form.Item name={['conclusion', 'text']} label={t('inspections.conclusionText')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={20000} />
        </Form.Item>
        <Flex justify="end">
          <Button type="primary" htmlType="submit" disabled={update.isPending || !dirty}>
            {update.isPending ? t('app.saving') : t('inspections.saveConclusion')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
