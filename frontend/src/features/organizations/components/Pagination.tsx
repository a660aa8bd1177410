import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';

interface Props {
  page: number;
  totalPages: number;
  totalItems: number;
  disabled: boolean;
  onPageChange: (page: number) => void;
}

export function Pagination({ page, totalPages, totalItems, disabled, onPageChange }: Props) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language, 0);
  const lastPage = Math.max(totalPages, 1);
  return (
    <nav className="pagination" aria-label={t('organizations.paging')}>
      <button type="button" disabled={disabled || page <= 1} onClick={() => onPageChange(page - 1)}>
        {t('organizations.previous')}
      </button>
      <span className="pagination__status" aria-live="polite">
        {t('organizations.pageOf', { page: n(page), last: n(lastPage), total: n(totalItems) })}
      </span>
      <button type="button" disabled={disabled || page >= lastPage} onClick={() => onPageChange(page + 1)}>
        {t('organizations.next')}
      </button>
    </nav>
  );
}
