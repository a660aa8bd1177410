import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { listQuery, type RecommendationsFilter } from './get-recommendations';

/** The filtered list as CSV (Accept: text/csv), saved by the browser as a file. */
export function useExportRecommendations() {
  return useMutation({
    mutationFn: async (filter: RecommendationsFilter) => {
      const { page: _page, size: _size, ...query } = listQuery(filter);
      const blob = unwrap(
        await api.GET('/api/v1/recommendations', {
          params: { query },
          headers: { Accept: 'text/csv, application/problem+json' },
          parseAs: 'blob',
        }),
      ) as unknown as Blob;
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `kien-nghi-${new Date().toISOString().slice(0, 10)}.csv`;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return blob.size;
    },
  });
}
