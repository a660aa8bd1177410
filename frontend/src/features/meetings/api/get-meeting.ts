import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export function useMeeting(id: string | undefined) {
  return useQuery({
    queryKey: ['meetings', 'one', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/meetings/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

/** The meeting against every target in force: required, actual, passed and why. */
export function useEvaluation(id: string | undefined) {
  return useQuery({
    queryKey: ['meetings', 'evaluation', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/meetings/{id}/evaluation', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}
