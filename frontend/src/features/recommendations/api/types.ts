import { recommendationFieldValues, recommendationStatusValues, type components } from '@/lib/api/schema';

export type Recommendation = components['schemas']['Recommendation'];
export type RecommendationInput = components['schemas']['RecommendationInput'];
export type RecommendationEntry = components['schemas']['RecommendationEntry'];
export type RecommendationField = components['schemas']['RecommendationField'];
export type RecommendationStatus = components['schemas']['RecommendationStatus'];
export type EntryType = components['schemas']['RecommendationEntryType'];
export type Briefing = components['schemas']['Briefing'];
export type BriefingInput = components['schemas']['BriefingInput'];
export type Rotation = components['schemas']['Rotation'];
export type Publication = components['schemas']['Publication'];
export type PublicationInput = components['schemas']['PublicationInput'];
export type RecommendationStats = components['schemas']['RecommendationStats'];
export type StatsGroupBy = RecommendationStats['groupBy'];

/** The fields and the statuses in the contract's order, the order the screens show. */
export const FIELDS: readonly RecommendationField[] = recommendationFieldValues;
export const STATUSES: readonly RecommendationStatus[] = recommendationStatusValues;
