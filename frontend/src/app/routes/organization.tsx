import { useParams } from 'react-router';
import { MeetingTemplatesPanel } from '@/features/meetings';
import { OrganizationDetail } from '@/features/organizations';
import { PATHS } from '../paths';

/** An organization with the meeting checklist and score sheet it follows (features meet only here). */
export default function OrganizationRoute() {
  const { id } = useParams();
  return <OrganizationDetail key={id} id={id!} hrefOf={PATHS.organization} extra={(orgId) => <MeetingTemplatesPanel organizationId={orgId} />} />;
}
