import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/PageHeader';
import { ActionPlanBoard } from './ActionPlanBoard';
import './studies.css';

/** Every action plan the caller may see, across study plans: the board with who has not submitted and the overdue in red. */
export function ActionPlansPage({ studyPlanHref }: { studyPlanHref: (id: string) => string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('actionPlans.title')} />
      <ActionPlanBoard studyPlanHref={studyPlanHref} />
    </>
  );
}
