import { Navigate } from 'react-router';
import { ThisMonth } from '@/features/meetings';
import { useSessionState } from '@/lib/api/session';
import { PATHS } from '../paths';

/** A branch secretary's month: this month's record, or the button that writes it. */
export default function ThisMonthRoute() {
  const branchId = useSessionState().session?.user.organizationId;
  if (!branchId) return <Navigate to={PATHS.meetings} replace />;
  return <ThisMonth branchId={branchId} meetingHref={PATHS.meeting} newHref={PATHS.newMeeting} listHref={PATHS.meetings} />;
}
