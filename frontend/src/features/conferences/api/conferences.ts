import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type Conference = components['schemas']['Conference'];
export type ConferenceInput = components['schemas']['ConferenceInput'];
export type ConferenceStatus = components['schemas']['ConferenceStatus'];
export type ConferenceKind = components['schemas']['ConferenceKind'];

export interface ConferencesFilter {
  q: string;
  page: number;
  size: number;
  sort: string | null;
  status: ConferenceStatus | null;
  kind: ConferenceKind | null;
}

export function useConferences(filter: ConferencesFilter) {
  return useQuery({
    queryKey: ['conferences', 'list', filter],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/conferences', {
          params: {
            query: {
              q: filter.q || undefined,
              status: filter.status ?? undefined,
              kind: filter.kind ?? undefined,
              page: filter.page - 1,
              size: filter.size,
              sort: filter.sort ? [filter.sort] : undefined,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useConference(id: string) {
  return useQuery({
    queryKey: ['conferences', 'one', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/conferences/{id}', { params: { path: { id } } })),
  });
}

export function useFollowUps(id: string) {
  return useQuery({
    queryKey: ['conferences', 'follow-ups', id],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/conferences/{id}/follow-ups', { params: { path: { id }, query: { size: 100 } } })),
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['conferences'] });
}

export function useCreateConference() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (body: ConferenceInput) => unwrap(await api.POST('/api/v1/conferences', { body })),
    onSuccess: invalidate,
  });
}

/** Replaces the conference at the version it was read (If-Match). */
export function useUpdateConference() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, version, body }: { id: string; version: number; body: ConferenceInput }) =>
      unwrap(await api.PUT('/api/v1/conferences/{id}', { params: { path: { id }, header: { 'If-Match': `"${version}"` } }, body })),
    onSuccess: invalidate,
  });
}

export function useChangeStatus() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, status }: { id: string; status: ConferenceStatus }) =>
      unwrap(await api.POST('/api/v1/conferences/{id}/status', { params: { path: { id } }, body: { status } })),
    onSuccess: invalidate,
  });
}

export function useAddFollowUp() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: { recordedOn: string; problems: string; solutions: string } }) =>
      unwrap(await api.POST('/api/v1/conferences/{id}/follow-ups', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

/** The documents a conference issued, each fetched by id for its number (17-NQ/HU); in the order given. */
export function useIssuedResolutions(ids: readonly string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: ['resolutions', 'one', id],
      queryFn: async () => unwrap(await api.GET('/api/v1/resolutions/{id}', { params: { path: { id } } })),
      staleTime: 300_000,
    })),
  });
}
