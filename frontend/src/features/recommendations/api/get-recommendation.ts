import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export function useRecommendation(id: string) {
  return useQuery({
    queryKey: ['recommendations', 'one', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/recommendations/{id}', { params: { path: { id } } })),
  });
}
