import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type MeetingTemplates = components['schemas']['MeetingTemplates'];
export type Criterion = components['schemas']['MeetingTemplateCriterion'];

/** Every organization's templates: one change reaches the organizations below that follow it. */
export const MEETING_TEMPLATES_KEY = ['meetings', 'templates'] as const;

/**
 * The checklist and score sheet an organization's meeting records are checked against: its own, its nearest
 * ancestor's, or the default (`procedureFromId`/`criteriaFromId` say which). `version` is the If-Match of a change.
 */
export function useMeetingTemplates(organizationId: string | null | undefined) {
  return useQuery({
    queryKey: [...MEETING_TEMPLATES_KEY, organizationId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/organizations/{id}/meeting-templates', { params: { path: { id: organizationId! } } })),
    enabled: Boolean(organizationId),
    staleTime: 300_000,
  });
}
