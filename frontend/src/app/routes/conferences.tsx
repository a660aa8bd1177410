import { ConferencesPage } from '@/features/conferences';
import { PATHS } from '../paths';

export default function ConferencesRoute() {
  return <ConferencesPage hrefOf={PATHS.conference} />;
}
