import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import type { Recommendation } from './types';

type Forward = components['schemas']['RecommendationForwardInput'];
type Answer = components['schemas']['RecommendationAnswerInput'];
type Review = components['schemas']['RecommendationReviewInput'];
type Resolve = components['schemas']['RecommendationResolutionInput'];

/**
 * The thread's steps (one endpoint each), sent at the version last read (If-Match): 412 when someone moved the
 * thread since, 409 naming the allowed next steps when the status does not allow the step.
 */
export type Step =
  | { kind: 'forward'; body: Forward }
  | { kind: 'answer'; body: Answer }
  | { kind: 'review'; body: Review }
  | { kind: 'resolve'; body: Resolve }
  | { kind: 'comment'; body: { body: string; documentNumber?: string | null } };

async function send(r: Recommendation, step: Step) {
  const params = { path: { id: r.id }, header: { 'If-Match': `"${r.version}"` } };
  switch (step.kind) {
    case 'forward':
      return unwrap(await api.POST('/api/v1/recommendations/{id}/forward', { params, body: step.body }));
    case 'answer':
      return unwrap(await api.POST('/api/v1/recommendations/{id}/answers', { params, body: step.body }));
    case 'review':
      return unwrap(await api.POST('/api/v1/recommendations/{id}/reviews', { params, body: step.body }));
    case 'resolve':
      return unwrap(await api.POST('/api/v1/recommendations/{id}/resolution', { params, body: step.body }));
    case 'comment':
      unwrap(await api.POST('/api/v1/recommendations/{id}/entries', { params, body: { type: 'COMMENT', ...step.body } }));
      return null;
  }
}

export function useThreadStep() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ recommendation, step }: { recommendation: Recommendation; step: Step }) => send(recommendation, step),
    onSettled: () => client.invalidateQueries({ queryKey: ['recommendations'] }),
  });
}
