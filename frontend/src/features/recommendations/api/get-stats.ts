import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { CSV_HEADERS, saveCsv } from '@/lib/api/csv';
import { unwrap } from '@/lib/api/problem';
import type { StatsGroupBy } from './types';

export interface StatsFilter {
  from: string | null;
  to: string | null;
  organizationId: string | null;
}

function statsQuery(filter: StatsFilter, groupBy: StatsGroupBy) {
  return {
    from: filter.from ?? undefined,
    to: filter.to ?? undefined,
    organizationId: filter.organizationId ?? undefined,
    groupBy,
  };
}

/** The groups of the statistics as the CSV file the server names. */
export function exportStats(filter: StatsFilter, groupBy: StatsGroupBy) {
  return saveCsv(
    api.GET('/api/v1/recommendations/stats', { params: { query: statsQuery(filter, groupBy) }, headers: CSV_HEADERS, parseAs: 'blob' }),
    `thong-ke-kien-nghi-theo-${groupBy}.csv`,
  );
}

/** GET /recommendations/stats grouped one way. */
export function useStats(filter: StatsFilter, groupBy: StatsGroupBy, enabled = true) {
  return useQuery({
    queryKey: ['recommendations', 'stats', filter, groupBy],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/recommendations/stats', { params: { query: statsQuery(filter, groupBy) } }),
      ),
    enabled,
    staleTime: 60_000,
  });
}
