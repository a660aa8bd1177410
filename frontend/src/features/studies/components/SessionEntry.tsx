import { App, Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useSessionState } from '@/lib/api/session';
import { DATE_FORMAT, formatPercent } from '@/lib/format';
import { applyFieldErrors, useProblemToast } from '@/lib/problems';
import { useUnsavedChangesWarning } from '@/lib/unsaved';
import { useStudyPlan } from '../api/study-plans';
import { useCreateStudySession, useStudySession, useUpdateStudySession } from '../api/study-sessions';
import type { StudySession } from '../api/types';
import { AUDIENCES, FORMATS, ORGANIZER_KINDS } from './labels';
import { SessionCounts } from './SessionCounts';
import { at, FIELDS, fromSession, newSession, onTimeFields, previewRate, toInput, type SessionFormValues } from './session-form';
import './studies.css';

interface Props {
  /** The plan of a new session; an existing session's plan is its own. */
  studyPlanId?: string;
  /** The session to edit; a new one when absent. */
  sessionId?: string;
  onSaved: (session: StudySession) => void;
  onCancel: () => void;
}

/**
 * A study session as it is recorded on a phone, one column: who holds it, for whom, how (the format decides which counts
 * there are), when, then the hall and each bridge point with a counter for expected and present. While typing, a
 * preview of the participation rate, labelled as such; once saved, the session's page shows the server's.
 */
export function SessionEntry({ studyPlanId, sessionId, onSaved, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SessionFormValues>();
  const user = useSessionState().session?.user;
  const existing = useStudySession(sessionId ?? null);
  const plan = useStudyPlan(existing.data?.studyPlanId ?? studyPlanId ?? null);
  const create = useCreateStudySession();
  const update = useUpdateStudySession();
  const toast = useProblemToast();
  const [dirty, setDirty] = useState(false);
  const release = useUnsavedChangesWarning(dirty);
  const [loaded, setLoaded] = useState(false);
  const format = Form.useWatch('format', form) ?? 'HYBRID';
  const counts = Form.useWatch([], form);
  const preview = counts ? previewRate({ ...counts, format }) : null;

  useEffect(() => {
    if (loaded || !plan.data || (sessionId && !existing.data)) return;
    form.setFieldsValue(
      existing.data
        ? fromSession(existing.data)
        : newSession(
            plan.data,
            { organizationId: user?.organizationId, grassroots: user?.role === 'GRASSROOTS_OFFICER' },
            t('studySessions.defaultTitle', { number: plan.data.resolutionNumber }),
          ),
    );
    setLoaded(true);
  }, [loaded, plan.data, existing.data, sessionId, form, user, t]);

  const error = existing.error ?? plan.error;
  if (error) return <ProblemAlert error={error} />;
  if (!loaded || !plan.data) return <p role="status">{t('app.loading')}</p>;
  const p = plan.data;
  const pending = create.isPending || update.isPending;

  const submit = async (v: SessionFormValues) => {
    const body = toInput(v, p.id, existing.data?.externalId ?? null);
    try {
      const saved = existing.data ? await update.mutateAsync({ id: existing.data.id, version: existing.data.version, body }) : await create.mutateAsync(body);
      release();
      setDirty(false);
      void message.success(t('studySessions.saved', { rate: saved.participationRate == null ? t('studySessions.rateNone') : formatPercent(saved.participationRate, i18n.language) }));
      onSaved(saved);
    } catch (e) {
      const moved = onTimeFields(e);
      toast(moved, { unshownErrors: applyFieldErrors(form, moved, FIELDS), onReload: () => window.location.reload() });
    }
  };

  return (
    <div className="session-entry">
      <PageHeader title={sessionId ? t('studySessions.edit') : t('studySessions.new')} sub={`${p.number} · ${p.resolutionNumber}`} />
      <Form<SessionFormValues>
        form={form}
        layout="vertical"
        onValuesChange={() => setDirty(true)}
        onFinish={submit}
        scrollToFirstError={{ behavior: 'smooth', block: 'center', focus: true }}
      >
        <section className="session-section">
          <Form.Item name="title" label={t('studySessions.titleField')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
          </Form.Item>
          <Form.Item name="organizationId" label={t('studySessions.organization')} rules={[{ required: true }]}>
            <OrganizationSelect types={['DISTRICT', 'GRASSROOTS']} aria-label={t('studySessions.organization')} style={{ width: '100%', minWidth: 0 }} />
          </Form.Item>
          <Form.Item name="organizerKind" label={t('studySessions.organizerKind')} rules={[{ required: true }]}>
            <Select options={ORGANIZER_KINDS.map((k) => ({ value: k, label: t(`studySessions.organizerKinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="organizerName" label={t('studySessions.organizerName')} extra={t('studySessions.organizerNameHint')}>
            <Input maxLength={255} />
          </Form.Item>
          <Form.Item name="audience" label={t('studySessions.audience')} rules={[{ required: true }]}>
            <Select options={AUDIENCES.map((a) => ({ value: a, label: t(`studies.audiences.${a}`) }))} />
          </Form.Item>
          <Form.Item name="format" label={t('studySessions.format')} rules={[{ required: true }]}>
            <Select options={FORMATS.map((f) => ({ value: f, label: t(`studySessions.formats.${f}`) }))} />
          </Form.Item>
          <Form.Item name="place" label={t('studySessions.place')}>
            <Input maxLength={255} />
          </Form.Item>
          <Form.Item name="presenterName" label={t('studySessions.presenter')}>
            <Input maxLength={255} />
          </Form.Item>
          <Flex gap="small" wrap>
            <Form.Item name="day" label={t('studySessions.day')} rules={[{ required: true }]} className="grow">
              <DatePicker format={DATE_FORMAT} allowClear={false} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="start" label={t('studySessions.startsAt')} rules={[{ required: true }]} className="time-field">
              <Input type="time" step={300} />
            </Form.Item>
            <Form.Item
              name="end"
              label={t('studySessions.endsAt')}
              dependencies={['day', 'start']}
              rules={[
                { required: true },
                ({ getFieldValue }) => ({
                  validator: async (_: unknown, end: string | undefined) => {
                    const from = at(getFieldValue('day'), getFieldValue('start'));
                    const to = at(getFieldValue('day'), end);
                    if (from && to && !to.isAfter(from)) throw new Error(t('studySessions.endBeforeStart'));
                  },
                }),
              ]}
              className="time-field"
            >
              <Input type="time" step={300} />
            </Form.Item>
          </Flex>
        </section>
        <SessionCounts format={format} />
        <div className="session-actions">
          <p className="session-preview" aria-live="polite" title={t('studySessions.previewHint')}>
            {t('studySessions.preview', { rate: preview == null ? t('studySessions.rateNone') : formatPercent(preview, i18n.language) })}
          </p>
          <Flex gap="small" justify="end">
            <Button onClick={onCancel}>{t('app.cancel')}</Button>
            <Button type="primary" htmlType="submit" disabled={pending} size="large">
              {pending ? t('app.saving') : t('app.save')}
            </Button>
          </Flex>
        </div>
      </Form>
    </div>
  );
}
