import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** The documents the caller may read, searched on the server (number or title, diacritics optional): what a plan studies. */
export function useResolutionOptions(q: string) {
  return useQuery({
    queryKey: ['resolutions', 'study-options', q],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/resolutions', { params: { query: { q: q || undefined, size: 20, sort: ['issuedOn,desc'] } } })).items,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useResolution(id: string | null | undefined) {
  return useQuery({
    queryKey: ['resolutions', 'one', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/resolutions/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
    staleTime: 300_000,
  });
}

/** One organization (its name and type), e.g. to know whether a remark's organization is a branch with a roster. */
export function useOrganization(id: string | null | undefined) {
  return useQuery({
    queryKey: ['organizations', 'one', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/organizations/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
    staleTime: 300_000,
  });
}

/** A branch's roster (names: the server withholds them from roles that may not read them). */
export function useRoster(branchId: string | null | undefined) {
  return useQuery({
    queryKey: ['members', 'roster', branchId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/organizations/{branchId}/members', { params: { path: { branchId: branchId! }, query: { size: 200 } } })).items,
    enabled: Boolean(branchId),
    staleTime: 60_000,
  });
}
