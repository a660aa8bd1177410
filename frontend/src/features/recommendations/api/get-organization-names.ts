import { useQueries } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/**
 * GET /organizations/{id} for each id (shared cache with the organization pickers): id → name. An organization the
 * caller may not read (a department's responder reading a branch) stays unnamed.
 */
export function useOrganizationNames(ids: readonly (string | null | undefined)[]): Map<string, string> {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: ['organizations', 'one', id],
      queryFn: async () => unwrap(await api.GET('/api/v1/organizations/{id}', { params: { path: { id } } })),
      staleTime: 300_000,
      retry: false,
    })),
  });
  const names = new Map<string, string>();
  results.forEach((r, i) => {
    if (r.data) names.set(unique[i]!, r.data.name);
  });
  return names;
}
