import { Card, Col, DatePicker, Flex, Row, Statistic } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '@/components/ExportButton';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { DATE_FORMAT, formatNumber } from '@/lib/format';
import { useSearchParams } from '@/lib/url-state';
import { exportStats, useStats, type StatsFilter } from '../api/get-stats';
import type { StatsGroupBy } from '../api/types';
import { GroupBars, MonthColumns } from './charts';
import { Sections, type SectionLinks } from './common';

function monthLabel(month: string) {
  return `${month.slice(5)}/${month.slice(0, 4)}`;
}

/** Statistics of recommendations over a period and a subtree: key figures and charts by field, month and addressee. */
export function StatsPage({ links }: { links: SectionLinks }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter: StatsFilter = { from: params.get('from'), to: params.get('to'), organizationId: params.get('org') };
  const byField = useStats(filter, 'field');
  const byMonth = useStats(filter, 'month');
  const byAddressee = useStats(filter, 'addressee');
  const s = byField.data;
  const n = (v: number | null | undefined, digits = 1) => formatNumber(v, i18n.language, digits);
  const exporter = (groupBy: StatsGroupBy, what: string) => <ExportButton what={what} onExport={() => exportStats(filter, groupBy)} />;

  return (
    <>
      <PageHeader title={t('recommendations.title')} />
      <Sections links={links} />
      <Flex className="toolbar" gap="small" wrap>
        <DatePicker
          aria-label={t('app.from')}
          placeholder={t('app.from')}
          format={DATE_FORMAT}
          value={filter.from ? dayjs(filter.from) : null}
          onChange={(d) => setParams({ from: d ? d.format('YYYY-MM-DD') : null })}
        />
        <DatePicker
          aria-label={t('app.to')}
          placeholder={t('app.to')}
          format={DATE_FORMAT}
          value={filter.to ? dayjs(filter.to) : null}
          onChange={(d) => setParams({ to: d ? d.format('YYYY-MM-DD') : null })}
        />
        <OrganizationSelect allowClear value={filter.organizationId} onChange={(id) => setParams({ org: id })} aria-label={t('dashboard.subtree')} placeholder={t('dashboard.subtree')} />
      </Flex>
      {(byField.error || byMonth.error || byAddressee.error) && <ProblemAlert error={byField.error ?? byMonth.error ?? byAddressee.error} />}
      {!s ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <>
          <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
            {[
              { title: t('recommendations.count'), value: n(s.count, 0) },
              { title: t('recommendations.answered'), value: n(s.answered, 0) },
              { title: t('recommendations.overdue'), value: n(s.overdue, 0), danger: s.overdue > 0 },
              { title: t('recommendations.medianDays'), value: s.medianDaysToAnswer === null || s.medianDaysToAnswer === undefined ? '—' : t('recommendations.days', { value: n(s.medianDaysToAnswer) }) },
              { title: t('recommendations.reanswerRate'), value: s.reanswerRate === null || s.reanswerRate === undefined ? '—' : `${n(s.reanswerRate)}%` },
              { title: t('recommendations.busiestMonth'), value: s.busiestMonth ? t('recommendations.monthCount', { month: monthLabel(s.busiestMonth.month), count: s.busiestMonth.count }) : '—' },
              { title: t('recommendations.quietestMonth'), value: s.quietestMonth ? t('recommendations.monthCount', { month: monthLabel(s.quietestMonth.month), count: s.quietestMonth.count }) : '—' },
            ].map((k) => (
              <Col key={k.title} xs={12} md={8} xl={6}>
                <Card size="small">
                  <Statistic title={<span className="empty-text">{k.title}</span>} value={k.value} styles={{ content: { fontSize: 20, color: k.danger ? '#b3261e' : undefined } }} />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card size="small" className="card-with-action" title={<h2 className="section-title">{t('recommendations.byField')}</h2>} extra={exporter('field', t('recommendations.byField'))}>
                <GroupBars stats={s} label={t('recommendations.byField')} labelOf={(key) => t(`recommendations.fields.${key}`)} />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" className="card-with-action" title={<h2 className="section-title">{t('recommendations.byMonth')}</h2>} extra={exporter('month', t('recommendations.byMonth'))}>
                {byMonth.data ? <MonthColumns stats={byMonth.data} label={t('recommendations.byMonth')} /> : <p role="status">{t('app.loading')}</p>}
              </Card>
            </Col>
            <Col xs={24}>
              <Card size="small" className="card-with-action" title={<h2 className="section-title">{t('recommendations.byAddressee')}</h2>} extra={exporter('addressee', t('recommendations.byAddressee'))}>
                {byAddressee.data ? (
                  <GroupBars stats={byAddressee.data} label={t('recommendations.byAddressee')} limit={15} />
                ) : (
                  <p role="status">{t('app.loading')}</p>
                )}
              </Card>
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
