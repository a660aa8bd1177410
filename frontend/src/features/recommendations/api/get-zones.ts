import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** GET /zones: the zones the caller may see, by name. */
export function useZones() {
  return useQuery({
    queryKey: ['zones', 'all'],
    queryFn: async () => unwrap(await api.GET('/api/v1/zones', { params: { query: { size: 100, sort: ['name,asc'] } } })).items,
    staleTime: 300_000,
  });
}
