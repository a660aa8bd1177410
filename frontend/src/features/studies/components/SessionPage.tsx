import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useSessionState } from '@/lib/api/session';
import { formatDateTime, formatNumber, formatPercent } from '@/lib/format';
import { useOrganization } from '../api/resolution-options';
import { useStudySession } from '../api/study-sessions';
import type { StudySession } from '../api/types';
import { REMARK_KINDS } from './labels';
import { Remarks } from './Remarks';
import { mayRecordSessionOf } from './rights';
import './studies.css';

export interface SessionLinks {
  plan: (id: string) => string;
  edit: (id: string) => string;
}

/** The server's figures of a session: the participation rate first, then the totals, walk-ins and bridge points. */
function Figures({ s }: { s: StudySession }) {
  const { t, i18n } = useTranslation();
  const n = (v: number | null | undefined) => formatNumber(v, i18n.language, 0);
  return (
    <Card size="small" title={<h2 className="section-title">{t('studySessions.figures')}</h2>} className="session-figures">
      <p className="session-rate">
        <span className="session-rate__label">{t('studySessions.rate')}</span>
        <strong className="session-rate__value">{s.participationRate == null ? t('studySessions.rateNone') : formatPercent(s.participationRate, i18n.language)}</strong>
      </p>
      <dl className="session-facts">
        <div>
          <dt>{t('studySessions.attendedTotal')}</dt>
          <dd>{n(s.attendedTotal)}</dd>
        </div>
        <div>
          <dt>{t('studySessions.expectedTotal')}</dt>
          <dd>{n(s.expectedTotal)}</dd>
        </div>
        <div>
          <dt>{t('studySessions.walkIns')}</dt>
          <dd>{n(s.walkIns)}</dd>
        </div>
        <div>
          <dt>{t('studySessions.pointCount')}</dt>
          <dd>{n(s.bridgePointCount)}</dd>
        </div>
        <div>
          <dt>{t('studySessions.online')}</dt>
          <dd>
            {n(s.onlineAttended)}/{n(s.onlineExpected)}
          </dd>
        </div>
        <div>
          <dt>{t('studySessions.hall')}</dt>
          <dd>
            {n(s.inPersonAttended)}/{n(s.inPersonExpected)}
          </dd>
        </div>
      </dl>
    </Card>
  );
}

/** One study session: the server's figures, what it was, its bridge points, and the remarks after it. */
export function SessionPage({ id, links }: { id: string; links: SessionLinks }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const user = useSessionState().session?.user;
  const session = useStudySession(id);
  const organization = useOrganization(session.data?.organizationId);
  if (session.error) return <ProblemAlert error={session.error} />;
  if (!session.data) return <p role="status">{t('app.loading')}</p>;
  const s = session.data;
  const editable = mayRecordSessionOf({ role: user?.role, organizationId: user?.organizationId }, s.organizationId);
  const n = (v: number | null | undefined) => formatNumber(v, i18n.language, 0);

  return (
    <div className="session-page">
      <PageHeader
        title={s.title}
        sub={
          <>
            <Link to={links.plan(s.studyPlanId)} className="doc-link">
              {s.studyPlanNumber}
            </Link> · {s.resolutionNumber} · {formatDateTime(s.startsAt)}
          </>
        }
        extra={
          editable && (
            <Button icon={<EditOutlined aria-hidden />} onClick={() => navigate(links.edit(s.id))}>
              {t('studySessions.edit')}
            </Button>
          )
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Figures s={s} />
          <Card size="small" style={{ marginTop: 16 }} title={<h2 className="section-title">{t('studySessions.remarks')}</h2>}>
            <Remarks sessionId={s.id} organizationId={s.organizationId} editable={editable} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" style={{ marginBottom: 16 }} title={<h2 className="section-title">{t('studySessions.details')}</h2>}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('studySessions.organization')}>{organization.data?.name ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('studySessions.organizerKind')}>
                {t(`studySessions.organizerKinds.${s.organizerKind}`)}
                {s.organizerName && ` — ${s.organizerName}`}
              </Descriptions.Item>
              <Descriptions.Item label={t('studySessions.audience')}>{t(`studies.audiences.${s.audience}`)}</Descriptions.Item>
              <Descriptions.Item label={t('studySessions.format')}>{t(`studySessions.formats.${s.format}`)}</Descriptions.Item>
              <Descriptions.Item label={t('studySessions.time')}>
                {formatDateTime(s.startsAt)} – {formatDateTime(s.endsAt)}
              </Descriptions.Item>
              {s.place && <Descriptions.Item label={t('studySessions.place')}>{s.place}</Descriptions.Item>}
              {s.presenterName && <Descriptions.Item label={t('studySessions.presenter')}>{s.presenterName}</Descriptions.Item>}
              <Descriptions.Item label={t('studySessions.remarkCounts')}>
                {REMARK_KINDS.filter((k) => s.remarkCounts[k] > 0)
                  .map((k) => `${t(`studySessions.remarkKinds.${k}`)}: ${s.remarkCounts[k]}`)
                  .join(' · ') || '—'}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          {s.bridgePoints.length > 0 && (
            <Card size="small" title={<h2 className="section-title">{t('studySessions.bridgePoints')} ({s.bridgePointCount})</h2>}>
              <ol className="point-list">
                {s.bridgePoints.map((p, i) => (
                  <li key={i}>
                    <span className="point-list__name">{p.name}</span>
                    <span className="point-list__count">
                      {n(p.attended)}/{n(p.expected)}
                    </span>
                  </li>
                ))}
              </ol>
            </Card>
          )}
        </Col>
      </Row>
    </div>
  );
}
