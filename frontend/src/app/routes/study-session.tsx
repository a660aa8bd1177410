import { useParams } from 'react-router';
import { SessionPage, type SessionLinks } from '@/features/studies';
import { PATHS } from '../paths';

const LINKS: SessionLinks = { plan: PATHS.studyPlan, edit: PATHS.editStudySession };

export default function StudySessionRoute() {
  const { id } = useParams();
  return <SessionPage key={id} id={id!} links={LINKS} />;
}
