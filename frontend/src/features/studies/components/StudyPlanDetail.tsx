import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Flex, Popconfirm, Row, Steps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useSessionState } from '@/lib/api/session';
import { formatDate } from '@/lib/format';
import { useProblemToast } from '@/lib/problems';
import { useSearchParams } from '@/lib/url-state';
import { useOrganization } from '../api/resolution-options';
import { useChangeStudyPlanStatus, useDeleteStudyPlan, useStudyPlan } from '../api/study-plans';
import type { StudyPlan } from '../api/types';
import { ActionPlanBoard } from './ActionPlanBoard';
import { PLAN_LIFECYCLE } from './labels';
import { ParticipationReport } from './ParticipationReport';
import { mayPlan, mayRecordSessions } from './rights';
import { SessionsList } from './SessionsList';
import { StudyPlanForm } from './StudyPlanForm';
import { ViewNav } from './ViewNav';
import './studies.css';

export interface StudyPlanLinks {
  plans: string;
  resolution: (id: string) => string;
  session: (id: string) => string;
  newSession: (planId: string) => string;
}

const VIEWS = ['ke-hoach-hanh-dong', 'tham-du'] as const;

function Lifecycle({ plan, editable }: { plan: StudyPlan; editable: boolean }) {
  const { t } = useTranslation();
  const change = useChangeStudyPlanStatus();
  const toast = useProblemToast();
  const { message } = App.useApp();
  const current = plan.status === 'CANCELLED' ? -1 : PLAN_LIFECYCLE.indexOf(plan.status);
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Steps size="small" current={current} status={plan.status === 'CANCELLED' ? 'error' : undefined} responsive items={PLAN_LIFECYCLE.map((s) => ({ title: t(`studies.statuses.${s}`) }))} />
      <h2 className="section-title" style={{ marginTop: 12 }}>
        {t('studies.nextSteps')}
      </h2>
      {editable && plan.allowedTransitions.length > 0 ? (
        <Flex gap="small" wrap style={{ marginTop: 8 }}>
          {plan.allowedTransitions.map((s) => (
            <Button
              key={s}
              type={s === 'CANCELLED' ? 'default' : 'primary'}
              danger={s === 'CANCELLED'}
              disabled={change.isPending}
              onClick={async () => {
                try {
                  await change.mutateAsync({ id: plan.id, version: plan.version, status: s });
                  void message.success(t('studies.moved', { status: t(`studies.statuses.${s}`) }));
                } catch (error) {
                  toast(error, { onReload: () => window.location.reload() });
                }
              }}
            >
              {t('studies.moveTo', { status: t(`studies.statuses.${s}`) })}
            </Button>
          ))}
        </Flex>
      ) : (
        <p className="muted">{t('studies.noNextStep')}</p>
      )}
    </Card>
  );
}

/** One study plan: the document studied, levels and due dates, presenters, its lifecycle, and its sessions, action-plan board and participation as tabs. */
export function StudyPlanDetail({ id, links }: { id: string; links: StudyPlanLinks }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useSessionState().session?.user;
  const caller = { role: user?.role, organizationId: user?.organizationId };
  const editable = mayPlan(caller);
  const plan = useStudyPlan(id);
  const organization = useOrganization(plan.data?.organizationId);
  const remove = useDeleteStudyPlan();
  const toast = useProblemToast();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const view = VIEWS.find((v) => v === params.get('xem')) ?? null;
  const [editing, setEditing] = useState(false);

  if (plan.error) return <ProblemAlert error={plan.error} />;
  if (!plan.data) return <p role="status">{t('app.loading')}</p>;
  const p = plan.data;
  const ap = p.actionPlans;

  return (
    <>
      <PageHeader
        title={`${p.number} · ${p.title}`}
        sub={t(`studies.statuses.${p.status}`)}
        extra={
          editable && (
            <>
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                {t('studies.edit')}
              </Button>
              <Popconfirm
                title={t('studies.deleteConfirm')}
                okText={t('app.remove')}
                cancelText={t('app.cancel')}
                onConfirm={async () => {
                  try {
                    await remove.mutateAsync(p.id);
                    void message.success(t('studies.deleted'));
                    navigate(links.plans);
                  } catch (error) {
                    toast(error);
                  }
                }}
              >
                <Button danger icon={<DeleteOutlined aria-hidden />}>
                  {t('studies.delete')}
                </Button>
              </Popconfirm>
            </>
          )
        }
      />
      <Lifecycle plan={p} editable={editable} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={12}>
          <Card size="small" title={<h2 className="section-title">{t('studies.details')}</h2>}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('studies.resolution')}>
                <span>
                  <Link to={links.resolution(p.resolutionId)} className="doc-link">
                    {p.resolutionNumber}
                  </Link>{' '}
                  — {p.resolutionTitle}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('studies.organization')}>{organization.data?.name ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('studies.issuedOn')}>{formatDate(p.issuedOn)}</Descriptions.Item>
              <Descriptions.Item label={t('studies.actionPlansDueOn')}>{formatDate(p.actionPlansDueOn)}</Descriptions.Item>
              <Descriptions.Item label={t('studies.actionPlans')}>
                <span>
                  {t('studies.apCounts', ap)}
                  {ap.overdue > 0 && <span className="text-danger"> · {t('studies.overdueCount', { count: ap.overdue })}</span>}
                </span>
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={<h2 className="section-title">{t('studies.levels')}</h2>}>
            {p.levels.length === 0 ? (
              <p className="muted">{t('studies.noLevels')}</p>
            ) : (
              <ul className="plain-list">
                {p.levels.map((l) => (
                  <li key={l.audience}>
                    {t(`studies.audiences.${l.audience}`)}: <strong>{formatDate(l.dueOn)}</strong>
                  </li>
                ))}
              </ul>
            )}
            <h3 className="section-title" style={{ marginTop: 12 }}>
              {t('studies.presenters')}
            </h3>
            {p.presenters.length === 0 ? (
              <p className="muted">{t('studies.noPresenters')}</p>
            ) : (
              <ul className="plain-list">
                {p.presenters.map((pr, i) => (
                  <li key={i}>
                    {pr.fullName}
                    {pr.position && <span className="muted"> — {pr.position}</span>}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </Col>
      </Row>
      <ViewNav
        label={t('studies.details')}
        current={view}
        views={[
          { key: null, label: `${t('studies.planTabs.sessions')} (${p.sessionCount})` },
          { key: 'ke-hoach-hanh-dong', label: `${t('studies.planTabs.board')} (${ap.total})` },
          { key: 'tham-du', label: t('studies.planTabs.participation') },
        ]}
      />
      {view === null && (
        <>
          {mayRecordSessions(caller) && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate(links.newSession(p.id))} style={{ marginBottom: 12 }}>
              {t('studySessions.new')}
            </Button>
          )}
          <SessionsList studyPlanId={p.id} sessionHref={links.session} />
        </>
      )}
      {view === 'ke-hoach-hanh-dong' && <ActionPlanBoard studyPlanId={p.id} />}
      {view === 'tham-du' && <ParticipationReport resolutionId={p.resolutionId} organizationId={p.organizationId} />}
      {editing && <StudyPlanForm open plan={p} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
    </>
  );
}
