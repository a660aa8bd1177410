import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type MemberStatus = components['schemas']['MemberStatus'];

/** A branch's roster, a page at a time. */
export function useMembers(branchId: string | undefined, page: number, enabled: boolean) {
  return useQuery({
    queryKey: ['members', branchId, page],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/organizations/{branchId}/members', {
          params: { path: { branchId: branchId! }, query: { page: page - 1, size: 50, sort: ['fullName,asc'] } },
        }),
      ),
    enabled: Boolean(branchId) && enabled,
    placeholderData: keepPreviousData,
  });
}
