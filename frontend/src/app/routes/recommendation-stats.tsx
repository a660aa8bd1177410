import { StatsPage } from '@/features/recommendations';
import { RECOMMENDATION_LINKS } from './recommendation-links';

export default function RecommendationStatsRoute() {
  return <StatsPage links={RECOMMENDATION_LINKS} />;
}
