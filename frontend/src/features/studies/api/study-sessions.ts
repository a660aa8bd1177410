import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { ifMatch, type StudyRemarkInput, type StudySessionInput } from './types';

export function useStudySessions(studyPlanId: string, page: number, size: number) {
  return useQuery({
    queryKey: ['study-sessions', 'list', studyPlanId, page, size],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/study-sessions', { params: { query: { studyPlanId, page: page - 1, size } } })),
    placeholderData: keepPreviousData,
  });
}

export function useStudySession(id: string | null) {
  return useQuery({
    queryKey: ['study-sessions', 'one', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/study-sessions/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['study-sessions'] }),
      client.invalidateQueries({ queryKey: ['study-plans'] }),
      client.invalidateQueries({ queryKey: ['study-reports'] }),
    ]);
}

export function useCreateStudySession() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (body: StudySessionInput) => unwrap(await api.POST('/api/v1/study-sessions', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateStudySession() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, version, body }: { id: string; version: number; body: StudySessionInput }) =>
      unwrap(await api.PUT('/api/v1/study-sessions/{id}', { params: { path: { id }, header: ifMatch(version) }, body })),
    onSuccess: invalidate,
  });
}

export function useRemarks(sessionId: string) {
  return useQuery({
    queryKey: ['study-sessions', 'remarks', sessionId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/study-sessions/{id}/remarks', { params: { path: { id: sessionId }, query: { size: 200 } } })),
  });
}

export function useAddRemark(sessionId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (body: StudyRemarkInput) =>
      unwrap(await api.POST('/api/v1/study-sessions/{id}/remarks', { params: { path: { id: sessionId } }, body })),
    onSuccess: invalidate,
  });
}

export function useDeleteRemark(sessionId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (remarkId: string) => {
      const result = await api.DELETE('/api/v1/study-sessions/{id}/remarks/{remarkId}', { params: { path: { id: sessionId, remarkId } } });
      if (!result.response.ok) unwrap(result);
    },
    onSuccess: invalidate,
  });
}
