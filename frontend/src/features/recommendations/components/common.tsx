import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Briefing, RecommendationStatus } from '../api/types';

/** Where the feature's screens are (the app gives them; features do not know the app's addresses). */
export interface SectionLinks {
  list: string;
  briefings: string;
  publication: string;
  stats: string;
}

/** The recommendation screens as links under the page title (the current one marked with aria-current). */
export function Sections({ links }: { links: SectionLinks }) {
  const { t } = useTranslation();
  const items = [
    { to: links.list, label: t('recommendations.list') },
    { to: links.briefings, label: t('recommendations.briefings') },
    { to: links.publication, label: t('recommendations.publication') },
    { to: links.stats, label: t('recommendations.stats') },
  ];
  return (
    <nav aria-label={t('recommendations.sections')} className="subnav">
      {items.map((i) => (
        <NavLink key={i.to} to={i.to} end className={({ isActive }) => (isActive ? 'subnav__link subnav__link--active' : 'subnav__link')}>
          {i.label}
        </NavLink>
      ))}
    </nav>
  );
}

/** Dark enough for white text (WCAG AA): antd's light preset tags are not. */
export const STATUS_COLORS: Record<RecommendationStatus, string> = {
  RAISED: '#595959',
  FORWARDED: '#1f5fa8',
  ANSWERED: '#006d75',
  REANSWER_REQUESTED: '#a33f00',
  ACCEPTED: '#237804',
  PUBLISHED: '#531dab',
  RESOLVED: '#135200',
};

export function StatusTag({ status }: { status: RecommendationStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`recommendations.statuses.${status}`)}</Tag>;
}

/** Days since the due date (today, local), for an overdue recommendation. */
export function daysOverdue(dueOn: string): number {
  return Math.max(1, dayjs().startOf('day').diff(dayjs(dueOn), 'day'));
}

export function OverdueTag({ dueOn }: { dueOn: string }) {
  const { t } = useTranslation();
  return (
    <Tag color="#b3261e" className="overdue-tag">
      {t('recommendations.overdueDays', { count: daysOverdue(dueOn) })}
    </Tag>
  );
}

/** "Khu 1 — tháng 03/2025 (07/03/2025)". */
export function briefingLabel(b: Briefing, zoneName: string | undefined, t: (key: string, o?: Record<string, unknown>) => string) {
  const [y, m] = b.month.split('-');
  return t('recommendations.briefingOption', { zone: zoneName ?? '', month: `${m}/${y}`, date: dayjs(b.heldOn).format('DD/MM/YYYY') });
}
