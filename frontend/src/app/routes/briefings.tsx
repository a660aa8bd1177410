import { BriefingsPage } from '@/features/recommendations';
import { RECOMMENDATION_LINKS } from './recommendation-links';

export default function BriefingsRoute() {
  return <BriefingsPage links={RECOMMENDATION_LINKS} />;
}
