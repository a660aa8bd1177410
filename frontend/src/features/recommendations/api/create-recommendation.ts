import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RecommendationInput } from './types';

export function useCreateRecommendation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: RecommendationInput) => unwrap(await api.POST('/api/v1/recommendations', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['recommendations'] }),
  });
}
