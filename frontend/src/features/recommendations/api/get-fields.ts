import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** The eight fields with their default answer periods (data). */
export function useFields() {
  return useQuery({
    queryKey: ['recommendation-fields'],
    queryFn: async () => unwrap(await api.GET('/api/v1/recommendation-fields')).items,
    staleTime: Infinity,
  });
}
