import { App, Button, DatePicker, Flex, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionState } from '@/lib/api/session';
import { DATE_FORMAT } from '@/lib/format';
import { applyFieldErrors, useProblemToast } from '@/lib/problems';
import { useChangeActionPlanStatus } from '../api/action-plans';
import type { ActionPlan, ActionPlanStatusChange } from '../api/types';
import { actionPlanMoves } from './rights';

interface SubmitValues {
  documentNumber?: string;
  title?: string;
  submittedOn?: Dayjs | null;
}

/**
 * The moves this caller may make on one action plan, as buttons: a grassroots committee submits its own (number,
 * title, day), the office accepts or returns it with a reason. Each says what the server did, or what it refused.
 */
export function ActionPlanMoves({ plan }: { plan: ActionPlan }) {
  const { t } = useTranslation();
  const user = useSessionState().session?.user;
  const moves = actionPlanMoves(plan, { role: user?.role, organizationId: user?.organizationId });
  const change = useChangeActionPlanStatus();
  const toast = useProblemToast();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'submit' | 'return' | null>(null);
  const [submitForm] = Form.useForm<SubmitValues>();
  const [returnForm] = Form.useForm<{ reason?: string }>();
  const organization = plan.organizationName;

  const send = async (body: ActionPlanStatusChange, done: string, form?: Parameters<typeof applyFieldErrors>[0]) => {
    try {
      await change.mutateAsync({ id: plan.id, version: plan.version, body });
      void message.success(t(done, { organization }));
      setDialog(null);
    } catch (error) {
      toast(error, {
        unshownErrors: form ? applyFieldErrors(form, error, ['documentNumber', 'title', 'submittedOn', 'reason']) : undefined,
        onReload: () => window.location.reload(),
      });
    }
  };

  if (moves.length === 0) return null;
  return (
    <Flex gap="small" wrap>
      {moves.includes('submit') && (
        <Button size="small" type="primary" onClick={() => setDialog('submit')}>
          {t('actionPlans.submit')}
        </Button>
      )}
      {moves.includes('accept') && (
        <Button size="small" type="primary" disabled={change.isPending} onClick={() => send({ status: 'ACCEPTED' }, 'actionPlans.accepted')}>
          {t('actionPlans.accept')}
        </Button>
      )}
      {moves.includes('return') && (
        <Button size="small" danger onClick={() => setDialog('return')}>
          {t('actionPlans.return')}
        </Button>
      )}
      <Modal
        open={dialog === 'submit'}
        title={t('actionPlans.submitTitle', { organization })}
        okText={t('actionPlans.submit')}
        cancelText={t('app.cancel')}
        confirmLoading={change.isPending}
        onCancel={() => setDialog(null)}
        onOk={() => submitForm.submit()}
        destroyOnHidden
      >
        <Form<SubmitValues>
          form={submitForm}
          layout="vertical"
          initialValues={{ documentNumber: plan.documentNumber ?? '', title: plan.title ?? '', submittedOn: dayjs() }}
          onFinish={(v) =>
            send(
              {
                status: 'SUBMITTED',
                documentNumber: v.documentNumber!.trim(),
                title: v.title?.trim() || null,
                submittedOn: v.submittedOn ? v.submittedOn.format('YYYY-MM-DD') : null,
              },
              'actionPlans.submitted',
              submitForm,
            )
          }
        >
          <Form.Item name="documentNumber" label={t('actionPlans.documentNumber')} extra={t('actionPlans.documentNumberHint')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="title" label={t('actionPlans.documentTitle')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={1000} />
          </Form.Item>
          <Form.Item name="submittedOn" label={t('actionPlans.submittedOn')}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={dialog === 'return'}
        title={t('actionPlans.returnTitle', { organization })}
        okText={t('actionPlans.return')}
        okButtonProps={{ danger: true }}
        cancelText={t('app.cancel')}
        confirmLoading={change.isPending}
        onCancel={() => setDialog(null)}
        onOk={() => returnForm.submit()}
        destroyOnHidden
      >
        <Form form={returnForm} layout="vertical" onFinish={(v) => send({ status: 'RETURNED', reason: v.reason!.trim() }, 'actionPlans.returned', returnForm)}>
          <Form.Item name="reason" label={t('actionPlans.returnReason')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
