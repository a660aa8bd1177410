import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { StatsGroupBy } from './types';

export interface StatsFilter {
  from: string | null;
  to: string | null;
  organizationId: string | null;
}

/** GET /recommendations/stats grouped one way. */
export function useStats(filter: StatsFilter, groupBy: StatsGroupBy, enabled = true) {
  return useQuery({
    queryKey: ['recommendations', 'stats', filter, groupBy],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/recommendations/stats', {
          params: {
            query: {
              from: filter.from ?? undefined,
              to: filter.to ?? undefined,
              organizationId: filter.organizationId ?? undefined,
              groupBy,
            },
          },
        }),
      ),
    enabled,
    staleTime: 60_000,
  });
}
