import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { BriefingInput } from './types';

/** GET /briefings: a zone's (or all visible) briefings, of a year when given, latest first. */
export function useBriefings(zoneId: string | null, year: number | null, size = 50) {
  return useQuery({
    queryKey: ['briefings', 'list', zoneId, year, size],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/briefings', {
          params: { query: { zoneId: zoneId ?? undefined, year: year ?? undefined, size, sort: ['heldOn,desc'] } },
        }),
      ).items,
    placeholderData: keepPreviousData,
  });
}

/** POST /briefings. */
export function useCreateBriefing() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: BriefingInput) => unwrap(await api.POST('/api/v1/briefings', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['briefings'] }),
  });
}
