import { useNavigate } from 'react-router';
import { NewResolution } from '@/features/resolutions';
import { PATHS } from '../paths';

export default function NewResolutionRoute() {
  const navigate = useNavigate();
  return <NewResolution onCreated={(r) => navigate(PATHS.resolution(r.id), { replace: true })} onCancel={() => navigate(PATHS.resolutions)} />;
}
