import { Card, Col, List, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDate } from '@/lib/format';
import { useRecommendations } from '../api/get-recommendations';
import { useStats } from '../api/get-stats';
import { GroupBars, MonthColumns } from './charts';
import { OverdueTag } from './common';

/**
 * The dashboard's recommendations: by field and by month (charts) over a subtree, and the overdue answers, each a link
 * to its thread, the whole list behind "see all".
 */
export function RecommendationsOverview({
  organizationId,
  hrefOf,
  overdueHref,
}: {
  organizationId: string | null;
  hrefOf: (id: string) => string;
  overdueHref: string;
}) {
  const { t } = useTranslation();
  const filter = { from: null, to: null, organizationId };
  const byField = useStats(filter, 'field', Boolean(organizationId));
  const byMonth = useStats(filter, 'month', Boolean(organizationId));
  const overdue = useRecommendations(
    { q: '', page: 1, size: 6, sort: 'dueOn,asc', field: null, status: null, addresseeId: null, briefingId: null, withinId: organizationId, overdue: true },
    Boolean(organizationId),
  );
  const card = (title: string, body: React.ReactNode) => (
    <Card size="small" title={<h2 className="section-title">{title}</h2>} style={{ height: '100%' }}>
      {body}
    </Card>
  );
  const loading = <p role="status">{t('app.loading')}</p>;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        {card(
          t('recommendations.byField'),
          byField.error ? (
            <ProblemAlert error={byField.error} />
          ) : !byField.data ? (
            loading
          ) : byField.data.count === 0 ? (
            <p className="muted">{t('dashboard.noData')}</p>
          ) : (
            <GroupBars stats={byField.data} label={t('recommendations.byField')} labelOf={(key) => t(`recommendations.fields.${key}`)} />
          ),
        )}
      </Col>
      <Col xs={24} xl={12}>
        {card(
          t('recommendations.byMonth'),
          byMonth.error ? (
            <ProblemAlert error={byMonth.error} />
          ) : !byMonth.data ? (
            loading
          ) : byMonth.data.count === 0 ? (
            <p className="muted">{t('dashboard.noData')}</p>
          ) : (
            <MonthColumns stats={byMonth.data} label={t('recommendations.byMonth')} />
          ),
        )}
      </Col>
      <Col xs={24}>
        {card(
          t('recommendations.overdueAnswers'),
          overdue.error ? (
            <ProblemAlert error={overdue.error} />
          ) : (
            <>
              <List
                size="small"
                loading={overdue.isPending}
                dataSource={overdue.data?.items ?? []}
                locale={{ emptyText: <span className="empty-text">{t('recommendations.noOverdue')}</span> }}
                renderItem={(r) => (
                  <List.Item>
                    <div className="rec-title">
                      <Link to={hrefOf(r.id)}>{r.title}</Link>
                      <span className="muted">
                        {t('recommendations.dueOn')}: {formatDate(r.dueOn)}
                      </span>
                      <OverdueTag dueOn={r.dueOn} />
                    </div>
                  </List.Item>
                )}
              />
              {(overdue.data?.totalItems ?? 0) > 0 && (
                <Link to={overdueHref}>{t('recommendations.seeAll', { count: overdue.data!.totalItems })}</Link>
              )}
            </>
          ),
        )}
      </Col>
    </Row>
  );
}
