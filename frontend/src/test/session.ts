import type { components } from '@/lib/api/schema';
import { startSession } from '@/lib/api/session';

type TokenResponse = components['schemas']['TokenResponse'];
type User = components['schemas']['User'];

export function testUser(overrides: Partial<User> = {}): User {
  return {
    id: '00000000-0000-4000-8000-0000000000aa',
    externalId: null,
    username: 'vanphong',
    fullName: 'Nguyễn Thị Hoa',
    role: 'DISTRICT_OFFICE',
    organizationId: '00000000-0000-4000-8000-0000000000bb',
    active: true,
    lastLoginAt: null,
    version: 0,
    createdAt: '2025-01-01T00:00:00+07:00',
    updatedAt: '2025-01-01T00:00:00+07:00',
    ...overrides,
  };
}

/** A login or refresh answer, as the API sends it. */
export function testTokens(overrides: Partial<TokenResponse> = {}): TokenResponse {
  return {
    accessToken: 'access-1',
    tokenType: 'Bearer',
    expiresIn: 900,
    refreshToken: 'refresh-1',
    refreshExpiresIn: 43_200,
    user: testUser(),
    ...overrides,
  };
}

/** Starts a session as if the user had just signed in. */
export function signIn(overrides: Partial<TokenResponse> = {}): TokenResponse {
  const tokens = testTokens(overrides);
  startSession(tokens);
  return tokens;
}
