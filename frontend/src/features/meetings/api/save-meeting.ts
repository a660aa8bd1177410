import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type MeetingInput = components['schemas']['MeetingInput'];

/** Creates a record, or replaces one at the version it was read (If-Match; 412 when someone changed it since). */
export function useSaveMeeting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: { id?: string; version?: number; body: MeetingInput }) =>
      id
        ? unwrap(await api.PUT('/api/v1/meetings/{id}', { params: { path: { id }, header: { 'If-Match': `"${version}"` } }, body }))
        : unwrap(await api.POST('/api/v1/meetings', { body })),
    onSuccess: (meeting) => {
      void client.invalidateQueries({ queryKey: ['meetings'] });
      client.setQueryData(['meetings', 'one', meeting.id], meeting);
    },
  });
}
