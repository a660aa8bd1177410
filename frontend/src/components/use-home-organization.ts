import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { useSessionState } from '@/lib/api/session';

/** The organization a user's reports start from: their own, or for an administrator the top of the tree. */
export function useHomeOrganization() {
  const anchor = useSessionState().session?.user.organizationId ?? null;
  return useQuery({
    queryKey: ['organizations', 'home', anchor],
    queryFn: async () => {
      if (anchor) return anchor;
      for (const type of ['DISTRICT', 'PROVINCE'] as const) {
        const page = unwrap(await api.GET('/api/v1/organizations', { params: { query: { type, size: 1, sort: ['name,asc'] } } }));
        if (page.items[0]) return page.items[0].id;
      }
      return null;
    },
    staleTime: Infinity,
  });
}
