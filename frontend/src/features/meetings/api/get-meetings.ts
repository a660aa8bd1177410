import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type Meeting = components['schemas']['Meeting'];
export type MeetingKind = components['schemas']['MeetingKindValue'];
export type OpinionArea = components['schemas']['OpinionArea'];
export type TaskStatus = components['schemas']['TaskStatus'];

export interface MeetingsFilter {
  q: string;
  page: number;
  size: number;
  sort: string | null;
  branchId: string | null;
  kind: MeetingKind | null;
  from: string | null;
  to: string | null;
}

export function useMeetings(filter: MeetingsFilter) {
  return useQuery({
    queryKey: ['meetings', 'list', filter],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/meetings', {
          params: {
            query: {
              q: filter.q || undefined,
              withinId: filter.branchId ?? undefined,
              kind: filter.kind ?? undefined,
              from: filter.from ?? undefined,
              to: filter.to ?? undefined,
              page: filter.page - 1,
              size: filter.size,
              sort: [filter.sort ?? 'startedAt,desc'],
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
