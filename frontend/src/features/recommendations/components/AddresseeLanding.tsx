import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useOverdueCount } from '../api/get-recommendations';

/**
 * Where a responding department starts: the recommendations addressed to it, the overdue ones (earliest due first)
 * when it has any, else all of them. Decided by one count, then the list's own address (its filters in the URL).
 */
export function AddresseeLanding({ organizationId, listPath }: { organizationId: string; listPath: string }) {
  const { t } = useTranslation();
  const overdue = useOverdueCount(organizationId);
  if (overdue.isPending) return <p role="status">{t('app.loading')}</p>;
  const query = new URLSearchParams({ addressee: organizationId });
  if (overdue.data) {
    query.set('overdue', 'true');
    query.set('sort', 'dueOn,asc');
  }
  return <Navigate to={`${listPath}?${query}`} replace />;
}
