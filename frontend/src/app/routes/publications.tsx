import { PublicationPage } from '@/features/recommendations';
import { PATHS } from '../paths';
import { RECOMMENDATION_LINKS } from './recommendation-links';

/** Publication links each TB notice to its document in the resolutions feature (features meet only here). */
export default function PublicationsRoute() {
  return <PublicationPage links={RECOMMENDATION_LINKS} hrefOf={PATHS.recommendation} documentHref={PATHS.resolution} />;
}
