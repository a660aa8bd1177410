import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** A branch's latest record of a month (YYYY-MM), or null when the month has none yet. */
export function useMonthRecord(branchId: string | null, month: string) {
  return useQuery({
    queryKey: ['meetings', 'month-record', branchId, month],
    queryFn: async () => {
      const [year, m] = month.split('-').map(Number) as [number, number];
      const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
      const page = unwrap(
        await api.GET('/api/v1/meetings', {
          params: { query: { branchId: branchId!, from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}`, size: 1, sort: ['startedAt,desc'] } },
        }),
      );
      return page.items[0] ?? null;
    },
    enabled: Boolean(branchId),
  });
}
