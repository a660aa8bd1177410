import { StudyPlansPage } from '@/features/studies';
import { PATHS } from '../paths';

export default function StudyPlansRoute() {
  return <StudyPlansPage hrefOf={PATHS.studyPlan} />;
}
