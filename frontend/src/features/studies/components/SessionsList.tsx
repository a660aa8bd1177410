import { Pagination } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDateTime, formatNumber, formatPercent } from '@/lib/format';
import { useStudySessions } from '../api/study-sessions';

const SIZE = 20;

/**
 * A plan's sessions as cards (they read on a phone as at a desk): the title as the link, when, format and audience,
 * and the server's figures (participation rate, present of expected, bridge points).
 */
export function SessionsList({ studyPlanId, sessionHref }: { studyPlanId: string; sessionHref: (id: string) => string }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const sessions = useStudySessions(studyPlanId, page, SIZE);
  if (sessions.error) return <ProblemAlert error={sessions.error} />;
  const items = sessions.data?.items ?? [];
  const n = (v: number) => formatNumber(v, i18n.language, 0);
  return (
    <div aria-busy={sessions.isFetching}>
      {items.length === 0 ? (
        <p className="muted">{sessions.isPending ? t('app.loading') : t('studySessions.empty')}</p>
      ) : (
        <ul className="session-cards" aria-label={t('studies.planTabs.sessions')}>
          {items.map((s) => (
            <li key={s.id} className="session-card">
              <Link to={sessionHref(s.id)} className="session-card__title">
                {s.title}
              </Link>
              <div className="muted">
                {formatDateTime(s.startsAt)} · {t(`studySessions.formats.${s.format}`)} · {t(`studies.audiences.${s.audience}`)}
              </div>
              <dl className="session-card__facts">
                <div>
                  <dt>{t('studySessions.rate')}</dt>
                  <dd>{formatPercent(s.participationRate, i18n.language)}</dd>
                </div>
                <div>
                  <dt>{t('studySessions.attendedTotal')}</dt>
                  <dd>
                    {n(s.attendedTotal)}/{n(s.expectedTotal)}
                  </dd>
                </div>
                <div>
                  <dt>{t('studySessions.pointCount')}</dt>
                  <dd>{n(s.bridgePointCount)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      {(sessions.data?.totalItems ?? 0) > SIZE && <Pagination simple current={page} pageSize={SIZE} total={sessions.data?.totalItems ?? 0} onChange={setPage} />}
    </div>
  );
}
