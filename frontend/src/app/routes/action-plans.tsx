import { ActionPlansPage } from '@/features/studies';
import { PATHS } from '../paths';

export default function ActionPlansRoute() {
  return <ActionPlansPage studyPlanHref={PATHS.studyPlan} />;
}
