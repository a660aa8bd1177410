import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, List, Popconfirm, Radio, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { ProblemAlert } from '@/components/ProblemAlert';
import { applyFieldErrors, useProblemToast } from '@/lib/problems';
import { useOrganization, useRoster } from '../api/resolution-options';
import { useAddRemark, useDeleteRemark, useRemarks } from '../api/study-sessions';
import type { RemarkKind, StudyRemark } from '../api/types';
import { REMARK_KINDS } from './labels';

type About = 'COLLECTIVE' | 'MEMBER' | 'PERSON';

interface Values {
  kind: RemarkKind;
  about: About;
  organizationId?: string;
  memberId?: string;
  personName?: string;
  text?: string;
}

/** Who a remark is about, as the server gives it: the member's or person's name (or that it is withheld), else the collective. */
function Subject({ remark }: { remark: StudyRemark }) {
  const { t } = useTranslation();
  const organization = useOrganization(remark.organizationId);
  const orgName = organization.data?.name ?? '…';
  if (remark.memberId) {
    return (
      <span>
        {remark.memberName ?? <em className="muted">{t('studySessions.nameWithheld')}</em>} <span className="muted">· {orgName}</span>
      </span>
    );
  }
  if (remark.personName) {
    return (
      <span>
        {remark.personName} <span className="muted">· {orgName}</span>
      </span>
    );
  }
  return <span>{orgName}</span>;
}

function RemarkForm({ sessionId, organizationId }: { sessionId: string; organizationId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddRemark(sessionId);
  const toast = useProblemToast();
  const about = Form.useWatch('about', form) ?? 'COLLECTIVE';
  const chosen = Form.useWatch('organizationId', form);
  const chosenOrganization = useOrganization(chosen);
  const branch = chosenOrganization.data?.type === 'BRANCH' ? chosen : null;
  const roster = useRoster(about === 'MEMBER' ? branch : null);

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ kind: 'LATE', about: 'COLLECTIVE', organizationId }}
      onFinish={async (v) => {
        try {
          await add.mutateAsync({
            organizationId: v.organizationId!,
            memberId: v.about === 'MEMBER' ? v.memberId ?? null : null,
            personName: v.about === 'PERSON' ? v.personName?.trim() || null : null,
            kind: v.kind,
            text: v.text!.trim(),
          });
          void message.success(t('studySessions.remarkAdded'));
          form.resetFields(['text', 'memberId', 'personName']);
        } catch (error) {
          toast(error, { unshownErrors: applyFieldErrors(form, error, ['organizationId', 'memberId', 'personName', 'kind', 'text']) });
        }
      }}
    >
      <Form.Item name="kind" label={t('studySessions.remarkKind')}>
        <Select options={REMARK_KINDS.map((k) => ({ value: k, label: t(`studySessions.remarkKinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="about" label={t('studySessions.remarkAbout')}>
        <Radio.Group options={(['COLLECTIVE', 'MEMBER', 'PERSON'] as const).map((a) => ({ value: a, label: t(`studySessions.about.${a}`) }))} />
      </Form.Item>
      <Form.Item name="organizationId" label={t('studySessions.remarkOrganization')} rules={[{ required: true }]}>
        <OrganizationSelect aria-label={t('studySessions.remarkOrganization')} style={{ width: '100%', minWidth: 0 }} />
      </Form.Item>
      {about === 'MEMBER' &&
        (branch ? (
          <Form.Item name="memberId" label={t('studySessions.member')} rules={[{ required: true }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={roster.isFetching}
              options={(roster.data ?? []).map((m) => ({ value: m.id, label: m.fullName }))}
            />
          </Form.Item>
        ) : (
          <p className="muted">{t('studySessions.pickBranchForMember')}</p>
        ))}
      {about === 'PERSON' && (
        <Form.Item name="personName" label={t('studySessions.personName')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={255} autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item name="text" label={t('studySessions.text')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
      </Form.Item>
      <Button htmlType="submit" type="primary" disabled={add.isPending}>
        {t('studySessions.addRemark')}
      </Button>
    </Form>
  );
}

/** The remarks after a session, each with its kind and who it is about (names as the server gives them), and a form for those who record. */
export function Remarks({ sessionId, organizationId, editable }: { sessionId: string; organizationId: string; editable: boolean }) {
  const { t } = useTranslation();
  const remarks = useRemarks(sessionId);
  const remove = useDeleteRemark(sessionId);
  const toast = useProblemToast();
  const { message } = App.useApp();
  return (
    <>
      {remarks.error && <ProblemAlert error={remarks.error} />}
      <List
        size="small"
        loading={remarks.isPending}
        dataSource={remarks.data?.items ?? []}
        locale={{ emptyText: <span className="muted">{t('studySessions.noRemarks')}</span> }}
        renderItem={(r) => (
          <List.Item
            actions={
              editable
                ? [
                    <Popconfirm
                      key="delete"
                      title={t('studySessions.deleteRemark')}
                      okText={t('app.remove')}
                      cancelText={t('app.cancel')}
                      onConfirm={async () => {
                        try {
                          await remove.mutateAsync(r.id);
                          void message.success(t('studySessions.remarkDeleted'));
                        } catch (error) {
                          toast(error);
                        }
                      }}
                    >
                      <Button size="small" icon={<DeleteOutlined aria-hidden />} aria-label={t('studySessions.deleteRemark')} />
                    </Popconfirm>,
                  ]
                : undefined
            }
          >
            <div className="remark">
              <Tag className={r.kind === 'PRAISED' ? 'remark__kind remark__kind--praised' : 'remark__kind'}>{t(`studySessions.remarkKinds.${r.kind}`)}</Tag>
              <Subject remark={r} />
              <p className="remark__text">{r.text}</p>
            </div>
          </List.Item>
        )}
      />
      {editable && (
        <div style={{ marginTop: 16 }}>
          <RemarkForm sessionId={sessionId} organizationId={organizationId} />
        </div>
      )}
    </>
  );
}
