import { Tabs, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Briefing, RecommendationStatus } from '../api/types';

/** Where the feature's screens are (the app gives them; features do not know the app's addresses). */
export interface SectionLinks {
  list: string;
  briefings: string;
  publication: string;
  stats: string;
}

/** The recommendation screens as tabs under the page title. */
export function Sections({ links }: { links: SectionLinks }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = [
    { key: links.list, label: t('recommendations.list') },
    { key: links.briefings, label: t('recommendations.briefings') },
    { key: links.publication, label: t('recommendations.publication') },
    { key: links.stats, label: t('recommendations.stats') },
  ];
  return (
    <nav aria-label={t('recommendations.sections')}>
      <Tabs
        activeKey={items.find((i) => i.key === pathname)?.key ?? links.list}
        items={items}
        onChange={(key) => navigate(key)}
        size="small"
        style={{ marginBottom: 8 }}
      />
    </nav>
  );
}

const COLORS: Record<RecommendationStatus, string> = {
  RAISED: 'default',
  FORWARDED: 'processing',
  ANSWERED: 'cyan',
  REANSWER_REQUESTED: 'orange',
  ACCEPTED: 'green',
  PUBLISHED: 'geekblue',
  RESOLVED: 'success',
};

export function StatusTag({ status }: { status: RecommendationStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`recommendations.statuses.${status}`)}</Tag>;
}

/** Days since the due date (today, local), for an overdue recommendation. */
export function daysOverdue(dueOn: string): number {
  return Math.max(1, dayjs().startOf('day').diff(dayjs(dueOn), 'day'));
}

export function OverdueTag({ dueOn }: { dueOn: string }) {
  const { t } = useTranslation();
  return (
    <Tag color="red" className="overdue-tag">
      {t('recommendations.overdueDays', { count: daysOverdue(dueOn) })}
    </Tag>
  );
}

/** "Khu 1 — tháng 03/2025 (07/03/2025)". */
export function briefingLabel(b: Briefing, zoneName: string | undefined, t: (key: string, o?: Record<string, unknown>) => string) {
  const [y, m] = b.month.split('-');
  return t('recommendations.briefingOption', { zone: zoneName ?? '', month: `${m}/${y}`, date: dayjs(b.heldOn).format('DD/MM/YYYY') });
}
