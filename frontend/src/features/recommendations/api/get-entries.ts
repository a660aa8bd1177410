import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** The thread, oldest first. */
export function useEntries(id: string) {
  return useQuery({
    queryKey: ['recommendations', 'entries', id],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/recommendations/{id}/entries', { params: { path: { id }, query: { size: 200 } } })).items,
  });
}
