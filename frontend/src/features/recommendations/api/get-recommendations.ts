import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import type { RecommendationField, RecommendationStatus } from './types';

type RecommendationPage = components['schemas']['RecommendationPage'];

export interface RecommendationsFilter {
  q: string;
  page: number;
  size: number;
  sort: string | null;
  field: RecommendationField | null;
  status: RecommendationStatus | null;
  addresseeId: string | null;
  briefingId: string | null;
  withinId?: string | null;
  overdue: boolean | null;
}

/** The query the list and its CSV export share (page and size do not apply to the CSV). */
export function listQuery(filter: RecommendationsFilter) {
  return {
    q: filter.q || undefined,
    field: filter.field ?? undefined,
    status: filter.status ?? undefined,
    addresseeId: filter.addresseeId ?? undefined,
    briefingId: filter.briefingId ?? undefined,
    withinId: filter.withinId ?? undefined,
    overdue: filter.overdue ?? undefined,
    page: filter.page - 1,
    size: filter.size,
    sort: filter.sort ? [filter.sort] : undefined,
  };
}

/** A page of the recommendations the caller may see, filtered, sorted and paged by the server. */
export function useRecommendations(filter: RecommendationsFilter, enabled = true) {
  return useQuery({
    queryKey: ['recommendations', 'list', filter],
    // The operation also answers text/csv (see export-recommendations); asked for JSON, this is the page.
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/recommendations', { params: { query: listQuery(filter) } })) as RecommendationPage,
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** How many recommendations addressed to a body are overdue (one call of the list, counted by the server). */
export function useOverdueCount(addresseeId: string) {
  return useQuery({
    queryKey: ['recommendations', 'overdue-count', addresseeId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/recommendations', { params: { query: { addresseeId, overdue: true, size: 1 } } })).totalItems,
  });
}
