import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { MEETING_TEMPLATES_KEY } from './get-meeting-templates';

export type MeetingTemplatesInput = components['schemas']['MeetingTemplatesInput'];

/**
 * Sets the organization's own checklist and score sheet (a list) or lets it follow the organization above (null),
 * at the version it was read (If-Match; 412 when someone changed them since).
 */
export function useSetMeetingTemplates() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ organizationId, version, body }: { organizationId: string; version: number; body: MeetingTemplatesInput }) =>
      unwrap(
        await api.PUT('/api/v1/organizations/{id}/meeting-templates', {
          params: { path: { id: organizationId }, header: { 'If-Match': `"${version}"` } },
          body,
        }),
      ),
    onSuccess: (templates) => {
      client.setQueryData([...MEETING_TEMPLATES_KEY, templates.organizationId], templates);
      // The organizations below that follow this one change too.
      void client.invalidateQueries({
        queryKey: MEETING_TEMPLATES_KEY,
        predicate: (query) => query.queryKey[2] !== templates.organizationId,
      });
    },
  });
}
