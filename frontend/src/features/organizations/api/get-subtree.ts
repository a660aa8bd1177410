import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type OrganizationNode = components['schemas']['OrganizationNode'];

/** The tree below one organization (itself at the root). */
export function useSubtree(id: string | null | undefined) {
  return useQuery({
    queryKey: ['organizations', 'subtree', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/organizations/{id}/subtree', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
    staleTime: 120_000,
  });
}

/** The roots the caller sees: its own organization, or (for an administrator) the top of the tree. */
export function useTreeRoot(anchorId: string | null | undefined) {
  return useQuery({
    queryKey: ['organizations', 'root', anchorId ?? null],
    queryFn: async () => {
      if (anchorId) return anchorId;
      for (const type of ['PROVINCE', 'DISTRICT'] as const) {
        const page = unwrap(await api.GET('/api/v1/organizations', { params: { query: { type, size: 1, sort: ['name,asc'] } } }));
        if (page.items[0]) return page.items[0].id;
      }
      return null;
    },
    staleTime: Infinity,
  });
}
