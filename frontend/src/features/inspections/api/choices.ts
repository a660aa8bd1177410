import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** Organizations of a committee's subtree (the committee included), searched on the server: the possible subjects. */
export function useSubjectChoices(withinId: string | null, q: string) {
  return useQuery({
    queryKey: ['organizations', 'within', withinId, q],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/organizations', { params: { query: { withinId: withinId!, q: q || undefined, size: 30, sort: ['name,asc'] } } }))
        .items,
    enabled: Boolean(withinId),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Documents the caller may read, searched by number or title (diacritics optional), newest first. */
export function useDocumentChoices(q: string) {
  return useQuery({
    queryKey: ['resolutions', 'choices-any', q],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/resolutions', { params: { query: { q: q || undefined, size: 20, sort: ['issuedOn,desc'] } } })).items,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Documents by id (for their numbers), each fetched once and kept; in the order given. */
export function useDocuments(ids: readonly string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: ['resolutions', 'one', id],
      queryFn: async () => unwrap(await api.GET('/api/v1/resolutions/{id}', { params: { path: { id } } })),
      staleTime: 300_000,
    })),
  });
}

/** An organization's name by id (the deciding committee), kept. */
export function useOrganizationName(id: string | null) {
  return useQuery({
    queryKey: ['organizations', 'one', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/organizations/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
    staleTime: 300_000,
    select: (o) => o.name,
  });
}
