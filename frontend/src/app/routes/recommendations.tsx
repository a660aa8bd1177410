import { RecommendationsPage } from '@/features/recommendations';
import { PATHS } from '../paths';
import { RECOMMENDATION_LINKS } from './recommendation-links';

export default function RecommendationsRoute() {
  return <RecommendationsPage hrefOf={PATHS.recommendation} links={RECOMMENDATION_LINKS} />;
}
