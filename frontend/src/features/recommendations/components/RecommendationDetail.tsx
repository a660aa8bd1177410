import { App, Alert, Button, Card, Col, Descriptions, Flex, Form, Input, Modal, Row, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiProblemError } from '@/lib/api/problem';
import { useSessionState } from '@/lib/api/session';
import { formatDate, formatDateTime } from '@/lib/format';
import { applyFieldErrors, useProblemToast } from '@/lib/problems';
import { useUnsavedChangesWarning } from '@/lib/unsaved';
import { useEntries } from '../api/get-entries';
import { useOrganizationNames } from '../api/get-organization-names';
import { useRecommendation } from '../api/get-recommendation';
import { useThreadStep, type Step } from '../api/thread-steps';
import type { EntryType, Recommendation, RecommendationEntry } from '../api/types';
import { OverdueTag, STATUS_COLORS, StatusTag } from './common';
import { actionsFor, type Action } from './rights';

const ENTRY_COLORS: Record<EntryType, string> = { ...STATUS_COLORS, COMMENT: '#8c8c8c' };

interface StepValues {
  addresseeId?: string | null;
  body?: string;
  documentNumber?: string;
}

/** The form of one step, in a dialog: only the fields that step takes, the required ones checked before sending. */
function StepDialog({ action, recommendation, onClose }: { action: Action; recommendation: Recommendation; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<StepValues>();
  const step = useThreadStep();
  const toast = useProblemToast();
  const [refused, setRefused] = useState<ApiProblemError | null>(null);
  const [dirty, setDirty] = useState(false);
  const release = useUnsavedChangesWarning(dirty);
  const required = (text: string) => [{ required: true, whitespace: true, message: text }];

  const build = (v: StepValues): Step => {
    const body = v.body?.trim() || null;
    const documentNumber = v.documentNumber?.trim() || null;
    switch (action) {
      case 'forward':
        return { kind: 'forward', body: { addresseeId: v.addresseeId ?? null, body, documentNumber } };
      case 'answer':
        return { kind: 'answer', body: { body: body!, documentNumber: documentNumber! } };
      case 'accept':
        return { kind: 'review', body: { verdict: 'ACCEPTED', reason: body } };
      case 'reanswer':
        return { kind: 'review', body: { verdict: 'REANSWER_REQUIRED', reason: body } };
      case 'resolve':
        return { kind: 'resolve', body: { result: body!, documentNumber } };
      case 'comment':
        return { kind: 'comment', body: { body: body!, documentNumber } };
    }
  };

  return (
    <Modal
      open
      title={t(`recommendations.actions.${action}`)}
      okText={t('recommendations.send')}
      cancelText={t('app.cancel')}
      confirmLoading={step.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {refused && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={refused.problem.title}
          description={refused.problem.detail}
        />
      )}
      <Form<StepValues>
        form={form}
        layout="vertical"
        initialValues={{ addresseeId: action === 'forward' ? recommendation.addresseeId : undefined }}
        onValuesChange={() => setDirty(true)}
        onFinish={async (v) => {
          try {
            await step.mutateAsync({ recommendation, step: build(v) });
            release();
            setDirty(false);
            void message.success(t(`recommendations.done.${action}`));
            onClose();
          } catch (error) {
            // A 409 names the steps the thread allows now: shown in the dialog, and the thread is read again.
            if (error instanceof ApiProblemError && error.status === 409) setRefused(error);
            const fields = ['addresseeId', 'body', 'documentNumber', 'reason', 'result'];
            const rest = applyFieldErrors(form, error, fields);
            if (error instanceof ApiProblemError) {
              for (const e of error.problem.errors ?? []) {
                if (e.field === 'reason' || e.field === 'result') form.setFields([{ name: 'body', errors: [e.message] }]);
              }
            }
            toast(error, { unshownErrors: rest.filter((e) => e.field !== 'reason' && e.field !== 'result'), onReload: () => window.location.reload() });
          }
        }}
      >
        {action === 'forward' && (
          <Form.Item name="addresseeId" label={t('recommendations.forwardTo')}>
            <OrganizationSelect types={['DEPARTMENT', 'GRASSROOTS']} aria-label={t('recommendations.forwardTo')} />
          </Form.Item>
        )}
        <Form.Item
          name="body"
          label={
            {
              forward: t('recommendations.note'),
              answer: t('recommendations.answerBody'),
              accept: t('recommendations.remark'),
              reanswer: t('recommendations.reason'),
              resolve: t('recommendations.result'),
              comment: t('recommendations.commentBody'),
            }[action]
          }
          rules={
            action === 'reanswer'
              ? required(t('recommendations.reasonRequired'))
              : action === 'answer' || action === 'resolve' || action === 'comment'
                ? required(t('recommendations.required'))
                : []
          }
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={action === 'answer' || action === 'resolve' ? 20000 : 10000} />
        </Form.Item>
        {(action === 'answer' || action === 'forward' || action === 'resolve' || action === 'comment') && (
          <Form.Item
            name="documentNumber"
            label={action === 'answer' ? t('recommendations.answerNumber') : t('recommendations.documentNumber')}
            rules={action === 'answer' ? required(t('recommendations.answerNumberRequired')) : []}
          >
            <Input maxLength={100} placeholder="58/PNN-TL" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function Entry({ entry, names }: { entry: RecommendationEntry; names: Map<string, string> }) {
  const { t } = useTranslation();
  return (
    <div className="entry">
      <div>
        <strong>{t(`recommendations.entries.${entry.type}`)}</strong>{' '}
        <span className="muted">
          {formatDateTime(entry.at)}
          {entry.authorName ? ` · ${t('recommendations.by', { name: entry.authorName })}` : ''}
        </span>
      </div>
      {entry.addresseeId && <div>{t('recommendations.forwardedTo', { name: names.get(entry.addresseeId) ?? '—' })}</div>}
      {entry.documentNumber && (
        <div>
          {t('recommendations.documentNumber')}: <strong>{entry.documentNumber}</strong>
        </div>
      )}
      {entry.body && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>{entry.body}</Typography.Paragraph>}
    </div>
  );
}

/** One recommendation: its facts, its thread as a timeline, and the next steps the signed-in role may take, as buttons. */
export function RecommendationDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const user = useSessionState().session?.user;
  const recommendation = useRecommendation(id);
  const entries = useEntries(id);
  const r = recommendation.data;
  // The raiser's and addressee's names come with the recommendation; only forwardings name other bodies.
  const names = useOrganizationNames((entries.data ?? []).map((e) => e.addresseeId));
  const [action, setAction] = useState<Action | null>(null);

  if (recommendation.error) return <ProblemAlert error={recommendation.error} />;
  if (!r) return <p role="status">{t('app.loading')}</p>;
  const actions = actionsFor(r, { role: user?.role, organizationId: user?.organizationId });
  const steps = r.nextSteps.map((s) => t(`recommendations.entries.${s}`)).join(', ');

  return (
    <>
      <PageHeader
        title={r.title}
        sub={
          <Flex gap="small" wrap align="center">
            <StatusTag status={r.status} />
            {r.overdue && <OverdueTag dueOn={r.dueOn} />}
            <span>{t(`recommendations.fields.${r.field}`)}</span>
          </Flex>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }} title={<h2 className="section-title">{t('recommendations.nextActions')}</h2>}>
        {actions.length > 0 ? (
          <Flex gap="small" wrap>
            {actions.map((a) => (
              <Button key={a} type={a === 'comment' || a === 'reanswer' ? 'default' : 'primary'} onClick={() => setAction(a)}>
                {t(`recommendations.actions.${a}`)}
              </Button>
            ))}
          </Flex>
        ) : (
          <p className="muted" style={{ margin: 0 }}>
            {t('recommendations.noAction')}
          </p>
        )}
        {r.nextSteps.length > 0 && (
          <p className="muted" style={{ margin: '8px 0 0' }}>
            {t('recommendations.allowedSteps', { steps })}
          </p>
        )}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" title={<h2 className="section-title">{t('recommendations.details')}</h2>}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('recommendations.raisedBy')}>{r.raisedByName}</Descriptions.Item>
              <Descriptions.Item label={t('recommendations.addressee')}>{r.addresseeName}</Descriptions.Item>
              <Descriptions.Item label={t('recommendations.raisedOn')}>{formatDate(r.raisedOn)}</Descriptions.Item>
              <Descriptions.Item label={t('recommendations.dueOn')}>
                <span className={r.overdue ? 'text-danger' : undefined}>{formatDate(r.dueOn)}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('recommendations.reanswers')}>{r.reanswerCount}</Descriptions.Item>
            </Descriptions>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '12px 0 0' }}>{r.content}</Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={<h2 className="section-title">{t('recommendations.thread')}</h2>}>
            {entries.error ? (
              <ProblemAlert error={entries.error} />
            ) : entries.isPending ? (
              <p role="status">{t('app.loading')}</p>
            ) : (
              <Timeline
                items={entries.data.map((e) => ({
                  key: e.id,
                  color: ENTRY_COLORS[e.type],
                  content: <Entry entry={e} names={names} />,
                }))}
              />
            )}
          </Card>
        </Col>
      </Row>
      {action && <StepDialog action={action} recommendation={r} onClose={() => setAction(null)} />}
    </>
  );
}
