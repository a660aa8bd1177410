import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { PublicationInput } from './types';

/** GET /recommendations/publications of one briefing. */
export function usePublications(briefingId: string | null) {
  return useQuery({
    queryKey: ['recommendations', 'publications', briefingId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/recommendations/publications', { params: { query: { briefingId: briefingId!, size: 50 } } })).items,
    enabled: Boolean(briefingId),
  });
}

/** GET /resolutions/next-number for a TB notice of the district in the term: the number proposed. */
export function useNextNoticeNumber(districtId: string | null, term: string | null) {
  return useQuery({
    queryKey: ['resolutions', 'next-number', districtId, 'TB', term],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/resolutions/next-number', {
          params: { query: { issuerId: districtId!, documentType: 'TB', term: term! } },
        }),
      ).number,
    enabled: Boolean(districtId && term && /^\d{4}-\d{4}$/.test(term)),
  });
}

/** POST /recommendations/publications: the briefing's accepted answers published in one TB notice. */
export function usePublish() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: PublicationInput) => unwrap(await api.POST('/api/v1/recommendations/publications', { body })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['recommendations'] });
      void client.invalidateQueries({ queryKey: ['resolutions'] });
    },
  });
}
