import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Descriptions, Flex, Form, Input, List, Row, Steps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberInput, wholeNumberRule } from '@/components/NumberInput';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { can } from '@/lib/access';
import { useSessionState } from '@/lib/api/session';
import { DATE_FORMAT, formatDate, formatNumber } from '@/lib/format';
import { applyFieldErrors, useProblemToast } from '@/lib/problems';
import { useUnsavedChangesWarning } from '@/lib/unsaved';
import {
  useAddFollowUp,
  useChangeStatus,
  useConference,
  useFollowUps,
  useUpdateConference,
  type Conference,
} from '../api/conferences';
import { IssuedResolutions } from './IssuedResolutions';
import { LIFECYCLE } from './labels';

interface EditValues {
  scheduledOn?: Dayjs | null;
  heldOn?: Dayjs | null;
  survey?: { achievements?: string | null; limitations?: string | null; causes?: string | null };
  sites?: { name?: string; participants?: number; opinions?: number }[];
}

function SurveyAndSites({ conference, editable }: { conference: Conference; editable: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EditValues>();
  const update = useUpdateConference();
  const toast = useProblemToast();
  const { message } = App.useApp();
  const [dirty, setDirty] = useState(false);
  const release = useUnsavedChangesWarning(dirty);
  const countRule = wholeNumberRule({ notWhole: t('meetings.check.wholeNumber'), belowMin: t('meetings.check.wholeNumber') });

  useEffect(() => {
    form.setFieldsValue({
      scheduledOn: conference.scheduledOn ? dayjs(conference.scheduledOn) : null,
      heldOn: conference.heldOn ? dayjs(conference.heldOn) : null,
      survey: conference.survey ?? {},
      sites: conference.sites,
    });
    setDirty(false);
  }, [conference, form]);

  return (
    <Form<EditValues>
      form={form}
      layout="vertical"
      disabled={!editable}
      onValuesChange={() => setDirty(true)}
      onFinish={async (v) => {
        try {
          await update.mutateAsync({
            id: conference.id,
            version: conference.version,
            body: {
              organizerId: conference.organizerId,
              kind: conference.kind,
              title: conference.title,
              problem: conference.problem,
              scheduledOn: v.scheduledOn?.format('YYYY-MM-DD') ?? null,
              heldOn: v.heldOn?.format('YYYY-MM-DD') ?? null,
              survey: v.survey,
              sites: (v.sites ?? []).filter((s) => s.name?.trim()).map((s) => ({
                name: s.name!.trim(),
                participants: s.participants ?? 0,
                opinions: s.opinions ?? 0,
              })),
            },
          });
          release();
          setDirty(false);
          void message.success(t('app.saved'));
        } catch (error) {
          toast(error, {
            unshownErrors: applyFieldErrors(form, error, ['scheduledOn', 'heldOn', 'survey', 'sites']),
            onReload: () => window.location.reload(),
          });
        }
      }}
    >
      <Flex gap="small" wrap>
        <Form.Item name="scheduledOn" label={t('conferences.scheduledOn')}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('conferences.heldOn')}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Flex>
      <h3 className="section-title">{t('conferences.survey')}</h3>
      {(['achievements', 'limitations', 'causes'] as const).map((f) => (
        <Form.Item key={f} name={['survey', f]} label={t(`conferences.${f}`)}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={10000} />
        </Form.Item>
      ))}
      <h3 className="section-title">{t('conferences.sites')}</h3>
      <Form.List name="sites">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Flex key={field.key} gap="small" wrap align="end" className="list-item">
                <Form.Item name={[field.name, 'name']} label={`${t('conferences.siteName')} ${i + 1}`} className="grow">
                  <Input maxLength={255} />
                </Form.Item>
                <Form.Item name={[field.name, 'participants']} label={t('conferences.participants')} rules={[countRule]}>
                  <NumberInput style={{ width: 120 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'opinions']} label={t('conferences.opinions')} rules={[countRule]}>
                  <NumberInput style={{ width: 100 }} />
                </Form.Item>
                {editable && <Button icon={<DeleteOutlined aria-hidden />} aria-label={t('app.remove')} onClick={() => remove(field.name)} />}
              </Flex>
            ))}
            {editable && (
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ participants: 0, opinions: 0 })} block>
                {t('conferences.addSite')}
              </Button>
            )}
          </>
        )}
      </Form.List>
      {editable && (
        <Flex justify="end" style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" disabled={update.isPending || !dirty}>
            {update.isPending ? t('app.saving') : t('app.save')}
          </Button>
        </Flex>
      )}
    </Form>
  );
}

function FollowUps({ id, editable }: { id: string; editable: boolean }) {
  const { t } = useTranslation();
  const followUps = useFollowUps(id);
  const add = useAddFollowUp();
  const toast = useProblemToast();
  const [form] = Form.useForm<{ recordedOn?: Dayjs; problems?: string; solutions?: string }>();
  return (
    <>
      {followUps.error && <ProblemAlert error={followUps.error} />}
      <List
        size="small"
        loading={followUps.isPending}
        dataSource={followUps.data?.items ?? []}
        locale={{ emptyText: '—' }}
        renderItem={(f) => (
          <List.Item>
            <div>
              <strong>{formatDate(f.recordedOn)}</strong>
              <p style={{ margin: '0.25rem 0' }}>
                {t('conferences.problems')}: {f.problems}
              </p>
              <p style={{ margin: 0 }}>
                {t('conferences.solutions')}: {f.solutions}
              </p>
            </div>
          </List.Item>
        )}
      />
      {editable && (
        <Form
          form={form}
          layout="vertical"
          style={{ marginTop: 12 }}
          onFinish={async (v) => {
            try {
              await add.mutateAsync({
                id,
                body: { recordedOn: v.recordedOn!.format('YYYY-MM-DD'), problems: v.problems!.trim(), solutions: v.solutions!.trim() },
              });
              form.resetFields();
            } catch (error) {
              toast(error, { unshownErrors: applyFieldErrors(form, error, ['recordedOn', 'problems', 'solutions']) });
            }
          }}
        >
          <Form.Item name="recordedOn" label={t('conferences.recordedOn')} rules={[{ required: true }]}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item name="problems" label={t('conferences.problems')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={10000} />
          </Form.Item>
          <Form.Item name="solutions" label={t('conferences.solutions')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={10000} />
          </Form.Item>
          <Button htmlType="submit" icon={<PlusOutlined aria-hidden />} disabled={add.isPending}>
            {t('conferences.addFollowUp')}
          </Button>
        </Form>
      )}
    </>
  );
}

/** One conference: its lifecycle with only the legal next steps as buttons, the survey and sites, the follow-ups. */
export function ConferenceDetail({ id, resolutionHref }: { id: string; resolutionHref: (id: string) => string }) {
  const { t, i18n } = useTranslation();
  const role = useSessionState().session?.user.role;
  const editable = can(role, 'manageConferences');
  const conference = useConference(id);
  const change = useChangeStatus();
  const toast = useProblemToast();
  const { message } = App.useApp();

  if (conference.error) return <ProblemAlert error={conference.error} />;
  if (!conference.data) return <p role="status">{t('app.loading')}</p>;
  const c = conference.data;
  const current = c.status === 'CANCELLED' ? -1 : LIFECYCLE.indexOf(c.status);

  return (
    <>
      <PageHeader title={c.title} sub={`${t(`conferences.kinds.${c.kind}`)} · ${t(`conferences.statuses.${c.status}`)}`} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Steps
          size="small"
          current={current}
          status={c.status === 'CANCELLED' ? 'error' : undefined}
          responsive
          items={LIFECYCLE.map((s) => ({ title: t(`conferences.statuses.${s}`) }))}
        />
        <div style={{ marginTop: 12 }}>
          <h2 className="section-title">{t('conferences.nextSteps')}</h2>
          {editable && c.allowedTransitions.length > 0 ? (
            <Flex gap="small" wrap style={{ marginTop: 8 }}>
              {c.allowedTransitions.map((s) => (
                <Button
                  key={s}
                  type={s === 'CANCELLED' ? 'default' : 'primary'}
                  danger={s === 'CANCELLED'}
                  disabled={change.isPending}
                  onClick={async () => {
                    try {
                      await change.mutateAsync({ id, status: s });
                      void message.success(t('conferences.moved', { status: t(`conferences.statuses.${s}`) }));
                    } catch (error) {
                      toast(error);
                    }
                  }}
                >
                  {t('conferences.moveTo', { status: t(`conferences.statuses.${s}`) })}
                </Button>
              ))}
            </Flex>
          ) : (
            <p className="muted">{t('conferences.noNextStep')}</p>
          )}
        </div>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={<h2 className="section-title">{t('conferences.details')}</h2>}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('conferences.problem')}>{c.problem}</Descriptions.Item>
              <Descriptions.Item label={t('conferences.participants')}>{formatNumber(c.participantCount, i18n.language, 0)}</Descriptions.Item>
              <Descriptions.Item label={t('conferences.opinions')}>{formatNumber(c.opinionCount, i18n.language, 0)}</Descriptions.Item>
              {c.resolutionIds.length > 0 && (
                <Descriptions.Item label={t('conferences.resolutions')}>
                  <IssuedResolutions ids={c.resolutionIds} hrefOf={resolutionHref} />
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          <Card size="small" title={<h2 className="section-title">{t('conferences.followUps')}</h2>} style={{ marginTop: 16 }}>
            <FollowUps id={id} editable={editable} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={<h2 className="section-title">{t('conferences.survey')}</h2>}>
            <SurveyAndSites conference={c} editable={editable} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
