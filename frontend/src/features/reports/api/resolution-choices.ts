import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type Resolution = components['schemas']['Resolution'];

/**
 * The documents with targets that apply to a subtree and are in force today, the one with the most targets first,
 * searched on the server (number or title, diacritics optional): what the dashboard can show compliance with.
 */
export function useResolutionChoices(organizationId: string | null, q: string) {
  return useQuery({
    queryKey: ['resolutions', 'choices', organizationId, q],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/resolutions', {
          params: {
            query: {
              hasTargets: true,
              appliesToId: organizationId!,
              effectiveOn: dayjs().format('YYYY-MM-DD'),
              q: q || undefined,
              size: 20,
              sort: ['targetCount,desc', 'issuedOn,desc'],
            },
          },
        }),
      ).items,
    enabled: Boolean(organizationId),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** One document, e.g. the one named in the address, to label it in the picker. */
export function useChosenResolution(id: string | null) {
  return useQuery({
    queryKey: ['resolutions', 'one', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/resolutions/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
    staleTime: 300_000,
  });
}
