import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { FindingRating, InspectionStatus, RemedyStatus } from '../api/inspections';
import { RATING_COLORS, REMEDY_COLORS, STATUS_COLORS } from './labels';

/** Where the feature's screens are (the app gives them; features do not know the app's addresses). */
export interface InspectionLinks {
  list: string;
  report: string;
  inspection: (id: string) => string;
}

/** The list and the year's report as links under the page title (the current one marked with aria-current). */
export function Sections({ links }: { links: InspectionLinks }) {
  const { t } = useTranslation();
  const items = [
    { to: links.list, label: t('inspections.list') },
    { to: links.report, label: t('inspections.report.title') },
  ];
  return (
    <nav aria-label={t('inspections.sections')} className="subnav">
      {items.map((i) => (
        <NavLink key={i.to} to={i.to} end className={({ isActive }) => (isActive ? 'subnav__link subnav__link--active' : 'subnav__link')}>
          {i.label}
        </NavLink>
      ))}
    </nav>
  );
}

export function StatusTag({ status }: { status: InspectionStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`inspections.statuses.${status}`)}</Tag>;
}

export function RatingTag({ rating }: { rating: FindingRating }) {
  const { t } = useTranslation();
  return <Tag color={RATING_COLORS[rating]}>{t(`inspections.ratings.${rating}`)}</Tag>;
}

export function RemedyTag({ status }: { status: RemedyStatus }) {
  const { t } = useTranslation();
  return <Tag color={REMEDY_COLORS[status]}>{t(`inspections.remedyStatuses.${status}`)}</Tag>;
}
