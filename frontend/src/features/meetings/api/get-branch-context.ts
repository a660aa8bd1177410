import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type Member = components['schemas']['Member'];

/** The whole roster of a branch (pages of 200), in name order, for the roll call. */
export function useRoster(branchId: string | null) {
  return useQuery({
    queryKey: ['meetings', 'roster', branchId],
    queryFn: async () => {
      const members: Member[] = [];
      for (let page = 0; page < 20; page += 1) {
        const result = unwrap(
          await api.GET('/api/v1/organizations/{branchId}/members', {
            params: { path: { branchId: branchId! }, query: { page, size: 200, sort: ['fullName,asc'] } },
          }),
        );
        members.push(...result.items);
        if (page + 1 >= result.totalPages) break;
      }
      return members;
    },
    enabled: Boolean(branchId),
    staleTime: 300_000,
  });
}

/** Last month's open tasks, which the new record starts from. */
export function useCarryOver(branchId: string | null, month: string, enabled: boolean) {
  return useQuery({
    queryKey: ['meetings', 'carry-over', branchId, month],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/meetings/carry-over', { params: { query: { branchId: branchId!, month } } })).items,
    enabled: Boolean(branchId) && enabled,
  });
}

/** The branch itself (its name and member count), e.g. for a secretary whose branch is preset. */
export function useBranch(branchId: string | null) {
  return useQuery({
    queryKey: ['organizations', 'one', branchId],
    queryFn: async () => unwrap(await api.GET('/api/v1/organizations/{id}', { params: { path: { id: branchId! } } })),
    enabled: Boolean(branchId),
  });
}
