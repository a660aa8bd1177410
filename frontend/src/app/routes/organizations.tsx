import { OrganizationsPage } from '@/features/organizations';
import { PATHS } from '../paths';

export default function OrganizationsRoute() {
  return <OrganizationsPage hrefOf={PATHS.organization} />;
}
