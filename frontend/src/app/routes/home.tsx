import { Navigate } from 'react-router';
import { AddresseeLanding } from '@/features/recommendations';
import { useSessionState } from '@/lib/api/session';
import { homeFor } from '../nav';
import { PATHS } from '../paths';

/** `/` and the landing after signing in: each role's own work (a department its recommendations, overdue first). */
export default function HomeRoute() {
  const user = useSessionState().session?.user;
  if (user?.role === 'RESPONDER' && user.organizationId) {
    return <AddresseeLanding organizationId={user.organizationId} listPath={PATHS.recommendations} />;
  }
  return <Navigate to={homeFor(user?.role)} replace />;
}
