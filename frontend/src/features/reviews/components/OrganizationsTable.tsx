import { Button, Grid, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import type { ReviewOrganization } from '../api/yearly-review';
import { FindingCountsText, RemarkCountsText } from './counts';

const BAND_CLASS = { GOOD: 'band band--good', FAIR: 'band band--fair', AVERAGE: 'band band--average', POOR: 'band band--poor' } as const;
const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;

/**
 * The organization reviewed and those below it, a row each, with the server's figures: meetings, attendance, the
 * scorecard's band per quarter, study sessions and remarks, action plans, inspection findings and remedies. A lower
 * organization's name opens its own review.
 */
export function OrganizationsTable({ rows, rootId, onOpen, loading }: { rows: ReviewOrganization[]; rootId: string; onOpen: (id: string) => void; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const phone = Grid.useBreakpoint().sm !== true;
  // The rows come in tree order: each name indented by its depth under the organization reviewed.
  const depth = new Map<string, number>();
  for (const o of rows) depth.set(o.organizationId, o.parentId && depth.has(o.parentId) ? depth.get(o.parentId)! + 1 : 0);
  return (
    <Table<ReviewOrganization>
      size="small"
      rowKey="organizationId"
      loading={loading}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      rowClassName={(o) => (o.remediesOverdue > 0 || o.actionPlans.missing > 0 ? 'row-overdue' : '')}
      locale={{ emptyText: t('reviews.noOrganizations') }}
      columns={[
        {
          title: t('reviews.organization'),
          dataIndex: 'organizationName',
          fixed: 'left',
          width: phone ? 140 : 240,
          render: (name: string, o) => (
            <div style={{ paddingInlineStart: `${(depth.get(o.organizationId) ?? 0) * 0.75}rem` }}>
              {o.organizationId === rootId ? (
                <strong>{name}</strong>
              ) : (
                <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left', fontWeight: o.type === 'BRANCH' ? undefined : 600 }} onClick={() => onOpen(o.organizationId)}>
                  {name}
                </Button>
              )}
            </div>
          ),
        },
        { title: t('reviews.type'), dataIndex: 'type', responsive: ['sm'], render: (type: string) => t(`orgTypes.${type}`) },
        {
          title: t('reviews.meetingsHeld'),
          dataIndex: 'meetingsHeld',
          align: 'right',
          render: (n: number, o) => (
            <span title={t('reviews.meetingsSplit', { regular: o.regularHeld, thematic: o.thematicHeld })}>
              {n} <span className="muted">({o.regularHeld}/{o.thematicHeld})</span>
            </span>
          ),
        },
        {
          title: t('reviews.attendance'),
          dataIndex: 'averageAttendanceRate',
          align: 'right',
          render: (v: number | null) => (v === null ? '—' : `${formatNumber(v, i18n.language)}%`),
        },
        {
          title: t('reviews.bands'),
          key: 'bands',
          render: (_: unknown, o) => (
            <span className="ratio">
              {QUARTERS.map((q) => {
                const band = o.bands[q];
                return band ? (
                  <Tag key={q} className={BAND_CLASS[band]}>
                    {q}: {t(`meetings.score.bands.${band}`)}
                  </Tag>
                ) : (
                  <Tag key={q}>{q}: —</Tag>
                );
              })}
            </span>
          ),
        },
        { title: t('reviews.studySessions'), dataIndex: 'studySessionsHeld', align: 'right' },
        { title: t('reviews.remarks'), key: 'remarks', render: (_: unknown, o) => <RemarkCountsText counts={o.remarks} /> },
        {
          title: t('reviews.actionPlans'),
          key: 'actionPlans',
          render: (_: unknown, o) => (
            <span className="ratio">
              <span>{t('reviews.onTime', { count: o.actionPlans.onTime })}</span>
              {o.actionPlans.late > 0 && <span className="failed-count"> · {t('reviews.late', { count: o.actionPlans.late })}</span>}
              {o.actionPlans.missing > 0 && <span className="failed-count"> · {t('reviews.missing', { count: o.actionPlans.missing })}</span>}
              {o.actionPlans.notDue > 0 && <span> · {t('reviews.notDue', { count: o.actionPlans.notDue })}</span>}
            </span>
          ),
        },
        { title: t('reviews.findings'), key: 'findings', render: (_: unknown, o) => <FindingCountsText counts={o.findings} /> },
        {
          title: t('reviews.remedies'),
          key: 'remedies',
          align: 'right',
          render: (_: unknown, o) => (
            <span className="ratio">
              <span>{t('reviews.remediesOpen', { count: o.remediesOpen })}</span>
              {o.remediesOverdue > 0 && <span className="failed-count"> · {t('reviews.remediesOverdue', { count: o.remediesOverdue })}</span>}
            </span>
          ),
        },
      ]}
    />
  );
}
