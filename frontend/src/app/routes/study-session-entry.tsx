import { useNavigate, useParams } from 'react-router';
import { SessionEntry } from '@/features/studies';
import { PATHS } from '../paths';

/** A new session of a plan (/hoc-tap/:planId/ghi-buoi-hoc) or a session to edit (/hoc-tap/buoi-hoc/:id/sua). */
export default function StudySessionEntryRoute() {
  const { planId, id } = useParams();
  const navigate = useNavigate();
  return (
    <SessionEntry
      key={id ?? planId}
      studyPlanId={planId}
      sessionId={id}
      onSaved={(s) => navigate(PATHS.studySession(s.id))}
      onCancel={() => navigate(id ? PATHS.studySession(id) : PATHS.studyPlan(planId!))}
    />
  );
}
