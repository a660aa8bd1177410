import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** GET /zones/{id}/rotation: who hosts each month of the year (recorded or proposed), and the warnings. */
export function useRotation(zoneId: string | null, year: number) {
  return useQuery({
    queryKey: ['briefings', 'rotation', zoneId, year],
    queryFn: async () => unwrap(await api.GET('/api/v1/zones/{id}/rotation', { params: { path: { id: zoneId! }, query: { year } } })),
    enabled: Boolean(zoneId),
  });
}
