// The feature's public surface: src/app imports from here only.
export { RecommendationsPage } from './components/RecommendationsPage';
export { RecommendationDetail } from './components/RecommendationDetail';
export { BriefingsPage } from './components/BriefingsPage';
export { PublicationPage } from './components/PublicationPage';
export { StatsPage } from './components/StatsPage';
export { RecommendationsOverview } from './components/RecommendationsOverview';
export { AddresseeLanding } from './components/AddresseeLanding';
export type { SectionLinks } from './components/common';
