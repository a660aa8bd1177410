import type { SectionLinks } from '@/features/recommendations';
import { PATHS } from '../paths';

export const RECOMMENDATION_LINKS: SectionLinks = {
  list: PATHS.recommendations,
  briefings: PATHS.briefings,
  publication: PATHS.publications,
  stats: PATHS.recommendationStats,
};
