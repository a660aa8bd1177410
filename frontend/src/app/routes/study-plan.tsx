import { useParams } from 'react-router';
import { StudyPlanDetail, type StudyPlanLinks } from '@/features/studies';
import { PATHS } from '../paths';

const LINKS: StudyPlanLinks = {
  plans: PATHS.studyPlans,
  resolution: PATHS.resolution,
  session: PATHS.studySession,
  newSession: PATHS.newStudySession,
};

export default function StudyPlanRoute() {
  const { id } = useParams();
  return <StudyPlanDetail key={id} id={id!} links={LINKS} />;
}
