import { useParams } from 'react-router';
import { OrganizationDetail } from '@/features/organizations';
import { PATHS } from '../paths';

export default function OrganizationRoute() {
  const { id } = useParams();
  return <OrganizationDetail key={id} id={id!} hrefOf={PATHS.organization} />;
}
