import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, List, Row, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { can } from '@/lib/access';
import { useSessionState } from '@/lib/api/session';
import { formatDate, formatDateTime, formatPercent } from '@/lib/format';
import { useBranch, useRoster } from '../api/get-branch-context';
import { useEvaluation, useMeeting } from '../api/get-meeting';
import { EvaluationList } from './EvaluationList';
import { RecordPeople } from './RecordPeople';
import { RecordChecklist, RecordScore } from './RecordSheet';

interface Props {
  id: string;
  editHref: string;
}

/** A stored record and, first, how it measures against each target in force. */
export function MeetingDetail({ id, editHref }: Props) {
  const { t, i18n } = useTranslation();
  const role = useSessionState().session?.user.role;
  const navigate = useNavigate();
  const meeting = useMeeting(id);
  const evaluation = useEvaluation(id);
  const branch = useBranch(meeting.data?.branchId ?? null);
  // The names of the absent members: the roster is read only when the record has a roll the caller may see.
  const roster = useRoster(meeting.data?.attendance ? meeting.data.branchId : null);

  if (meeting.error) return <ProblemAlert error={meeting.error} />;
  if (!meeting.data) return <p role="status">{t('app.loading')}</p>;
  const m = meeting.data;

  return (
    <>
      <PageHeader
        title={`${t('meetings.record')} ${formatDate(m.startedAt)}`}
        sub={branch.data?.name}
        extra={
          can(role, 'recordMeetings') && (
            <Button icon={<EditOutlined aria-hidden />} onClick={() => navigate(editHref)}>
              {t('app.edit')}
            </Button>
          )
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" title={<h2 className="section-title">{t('meetings.evaluation')}</h2>}>
            {evaluation.error ? (
              <ProblemAlert error={evaluation.error} />
            ) : evaluation.data ? (
              <EvaluationList items={evaluation.data} />
            ) : (
              <p role="status">{t('app.loading')}</p>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={<h2 className="section-title">{t('meetings.sections.basics')}</h2>}>
            <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
              <Descriptions.Item label={t('meetings.kind')}>
                {t(`meetings.kinds.${m.kind}`)} {m.theme && <Tag>{m.theme}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label={t('meetings.startedAt')}>
                {formatDateTime(m.startedAt)} – {m.endedAt ? formatDateTime(m.endedAt).slice(-5) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('meetings.duration')}>
                {m.durationMinutes != null ? t('meetings.minutes', { count: m.durationMinutes }) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('meetings.attendanceRate')}>
                {formatPercent(m.attendanceRate, i18n.language)} ({m.present ?? '—'}/{(m.membersTotal ?? 0) - (m.exempt ?? 0)})
              </Descriptions.Item>
              <Descriptions.Item label={t('meetings.excused')}>{m.excused ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('meetings.unexcused')}>{m.unexcused ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('meetings.opinionCount')}>{m.opinionCount}</Descriptions.Item>
              <Descriptions.Item label={t('meetings.sections.vote')}>
                {m.vote ? (
                  t('meetings.vote.result', {
                    inFavour: m.vote.inFavour,
                    voters: m.vote.voters,
                    rate: formatPercent(m.vote.voters ? Math.round((m.vote.inFavour / m.vote.voters) * 1000) / 10 : null, i18n.language),
                  })
                ) : (
                  <span className="muted">{t('meetings.notRecorded')}</span>
                )}
              </Descriptions.Item>
              {m.score && (
                <Descriptions.Item label={t('meetings.sections.score')}>
                  {m.score.total} · {t(`meetings.score.bands.${m.score.band}`)}
                </Descriptions.Item>
              )}
              {m.topic && <Descriptions.Item label={t('meetings.topic')}>{m.topic}</Descriptions.Item>}
            </Descriptions>
          </Card>
          <Card size="small" title={<h2 className="section-title">{t('meetings.recordSheet.people')}</h2>} style={{ marginTop: 16 }}>
            <RecordPeople meeting={m} members={roster.data ?? []} />
          </Card>
          {m.opinions.length > 0 && (
            <Card size="small" title={<h2 className="section-title">{t('meetings.sections.opinions')}</h2>} style={{ marginTop: 16 }}>
              <List
                size="small"
                dataSource={m.opinions}
                renderItem={(o) => (
                  <List.Item>
                    <strong>{o.speaker}</strong> <Tag>{t(`meetings.opinion.areas.${o.area}`)}</Tag> {o.summary}
                  </List.Item>
                )}
              />
            </Card>
          )}
          <Card size="small" title={<h2 className="section-title">{t('meetings.sections.procedure')}</h2>} style={{ marginTop: 16 }}>
            <RecordChecklist procedure={m.procedure} />
          </Card>
          {m.conclusions && (
            <Card size="small" title={<h2 className="section-title">{t('meetings.conclusions')}</h2>} style={{ marginTop: 16 }}>
              <p className="pre-line">{m.conclusions}</p>
            </Card>
          )}
          {m.tasks.length > 0 && (
            <Card size="small" title={<h2 className="section-title">{t('meetings.sections.tasks')}</h2>} style={{ marginTop: 16 }}>
              <List
                size="small"
                dataSource={m.tasks}
                renderItem={(task) => (
                  <List.Item>
                    {task.title} {task.assigneeName && <span className="muted">— {task.assigneeName}</span>}{' '}
                    <Tag
                      color={task.status === 'OPEN' ? 'blue' : undefined}
                      className={task.status === 'DONE' ? 'status-tag status-tag--ok' : undefined}
                    >
                      {t(`meetings.task.statuses.${task.status}`)}
                    </Tag>
                  </List.Item>
                )}
              />
            </Card>
          )}
          {m.score && (
            <Card size="small" title={<h2 className="section-title">{t('meetings.sections.score')}</h2>} style={{ marginTop: 16 }}>
              <RecordScore score={m.score} />
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
