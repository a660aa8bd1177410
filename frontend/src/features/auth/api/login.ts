import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { startSession } from '@/lib/api/session';

export type LoginRequest = components['schemas']['LoginRequest'];
export type User = components['schemas']['User'];

/** Signs in and starts the session; a 401 (wrong credentials), 422 or 429 is thrown as ApiProblemError. */
export async function login(credentials: LoginRequest): Promise<User> {
  const tokens = unwrap(await api.POST('/api/v1/auth/login', { body: credentials }));
  startSession(tokens);
  return tokens.user;
}

export function useLogin() {
  return useMutation({ mutationFn: login });
}
