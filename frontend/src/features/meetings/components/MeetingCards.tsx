import { Pagination, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatPercent } from '@/lib/format';
import type { Meeting, MeetingKind } from '../api/get-meetings';

/** The orders a phone offers in place of the table's sortable headers (`field,asc|desc` as in the URL). */
const SORTS = ['startedAt,desc', 'startedAt,asc', 'attendanceRate,asc', 'attendanceRate,desc'] as const;

interface Props {
  items: readonly Meeting[];
  loading: boolean;
  hrefOf: (id: string) => string;
  page: number;
  size: number;
  total: number;
  sort: string | null;
  onPage: (page: number) => void;
  onSort: (sort: string | null) => void;
  /** Shown when there is no record. */
  empty: string;
}

/**
 * The meeting records on a phone: a card per record (its date as the link, the kind, attendance, opinions and
 * duration), an order to choose and the pages, so that nothing sits off-screen as a table's columns would.
 */
export function MeetingCards({ items, loading, hrefOf, page, size, total, sort, onPage, onSort, empty }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <div className="meeting-cards" aria-busy={loading}>
      <Select
        aria-label={t('meetings.cards.sort')}
        className="meeting-cards__sort"
        value={sort ?? 'startedAt,desc'}
        onChange={(value: string) => onSort(value === 'startedAt,desc' ? null : value)}
        options={SORTS.map((s) => ({ value: s, label: t(`meetings.cards.sorts.${s.replace(',', '_')}`) }))}
      />
      {items.length === 0 ? (
        <p className="muted">{loading ? t('app.loading') : empty}</p>
      ) : (
        <ul className="meeting-cards__list" aria-label={t('meetings.title')}>
          {items.map((m) => (
            <li key={m.id} className="meeting-card">
              <Link to={hrefOf(m.id)} className="meeting-card__link">
                {formatDateTime(m.startedAt)}
              </Link>
              <div className="meeting-card__kind">
                {t(`meetings.kinds.${m.kind as MeetingKind}`)}
                {m.theme && <span className="muted"> · {m.theme}</span>}
              </div>
              <dl className="meeting-card__facts">
                <div>
                  <dt>{t('meetings.attendanceRate')}</dt>
                  <dd>{formatPercent(m.attendanceRate, i18n.language)}</dd>
                </div>
                <div>
                  <dt>{t('meetings.opinionCount')}</dt>
                  <dd>{m.opinionCount}</dd>
                </div>
                <div>
                  <dt>{t('meetings.duration')}</dt>
                  <dd>{m.durationMinutes == null ? '—' : t('meetings.minutes', { count: m.durationMinutes })}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      {total > size && <Pagination simple current={page} pageSize={size} total={total} onChange={onPage} className="meeting-cards__pages" />}
      <p className="muted meeting-cards__total">{t('app.total', { count: total })}</p>
    </div>
  );
}
