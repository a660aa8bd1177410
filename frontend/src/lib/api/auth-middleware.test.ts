import { describe, expect, it } from 'vitest';
import { deferred, jsonResponse, stubFetch, unauthorizedResponse } from '@/test/fetch-mock';
import { signIn, testTokens, testUser } from '@/test/session';
import { api } from './client';
import { getAccessToken, getSessionState, REFRESH_TOKEN_KEY } from './session';

const REFRESH = '/api/v1/auth/refresh';

function pathOf(request: Request): string {
  return new URL(request.url).pathname;
}

function refreshCalls(requests: Request[]): Request[] {
  return requests.filter((r) => pathOf(r) === REFRESH);
}

/** Lets every pending promise and timer of the current turn run. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 10));
}

describe('the API client with a session', () => {
  it('sends the access token with each call, and none with signing in', async () => {
    signIn({ accessToken: 'access-1' });
    const { requests } = stubFetch((request) =>
      pathOf(request) === '/api/v1/auth/login' ? jsonResponse(testTokens()) : jsonResponse(testUser()),
    );

    await api.GET('/api/v1/auth/me');
    await api.POST('/api/v1/auth/login', { body: { username: 'vanphong', password: 'mat-khau' } });

    expect(requests[0]!.headers.get('Authorization')).toBe('Bearer access-1');
    expect(requests[1]!.headers.has('Authorization')).toBe(false);
  });

  it('renews an expired access token with one refresh for two concurrent calls, and retries both once', async () => {
    signIn({ accessToken: 'old', refreshToken: 'refresh-1' });
    const bothRefused = deferred();
    let refused = 0;
    const { requests } = stubFetch(async (request) => {
      if (pathOf(request) === REFRESH) {
        // Answer only once both calls have been refused, so that both are waiting on this refresh.
        await bothRefused.promise;
        await settle();
        return jsonResponse(testTokens({ accessToken: 'new', refreshToken: 'refresh-2' }));
      }
      if (request.headers.get('Authorization') === 'Bearer new') return jsonResponse(testUser({ fullName: 'Đã gia hạn' }));
      refused += 1;
      if (refused === 2) bothRefused.resolve();
      return unauthorizedResponse();
    });

    const [first, second] = await Promise.all([api.GET('/api/v1/auth/me'), api.GET('/api/v1/auth/me')]);

    expect(first.data?.fullName).toBe('Đã gia hạn');
    expect(second.data?.fullName).toBe('Đã gia hạn');
    expect(refreshCalls(requests)).toHaveLength(1);
    expect(await refreshCalls(requests)[0]!.json()).toEqual({ refreshToken: 'refresh-1' });
    expect(requests.map((r) => `${pathOf(r)} ${r.headers.get('Authorization') ?? '-'}`).sort()).toEqual([
      '/api/v1/auth/me Bearer new',
      '/api/v1/auth/me Bearer new',
      '/api/v1/auth/me Bearer old',
      '/api/v1/auth/me Bearer old',
      `${REFRESH} -`,
    ]);
    expect(getAccessToken()).toBe('new');
    expect(window.sessionStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-2');
  });

  it('retries without another refresh a call refused with a token that was renewed meanwhile', async () => {
    signIn({ accessToken: 'old', refreshToken: 'refresh-1' });
    const renewed = deferred();
    const { requests } = stubFetch(async (request) => {
      if (pathOf(request) === REFRESH) {
        renewed.resolve();
        return jsonResponse(testTokens({ accessToken: 'new', refreshToken: 'refresh-2' }));
      }
      if (request.headers.get('Authorization') === 'Bearer new') return jsonResponse(testUser());
      // The second call's refusal arrives only after the first call's refresh has been answered.
      if (requests.filter((r) => r.headers.get('Authorization') === 'Bearer old').length === 2) {
        await renewed.promise;
        await settle();
      }
      return unauthorizedResponse();
    });

    const [first, second] = await Promise.all([api.GET('/api/v1/auth/me'), api.GET('/api/v1/auth/me')]);

    expect(first.response.status).toBe(200);
    expect(second.response.status).toBe(200);
    expect(refreshCalls(requests)).toHaveLength(1);
  });

  it('sends a refused call again with its body', async () => {
    signIn({ accessToken: 'old' });
    const { requests } = stubFetch((request) => {
      if (pathOf(request) === REFRESH) return jsonResponse(testTokens({ accessToken: 'new' }));
      return request.headers.get('Authorization') === 'Bearer new'
        ? new Response(null, { status: 204 })
        : unauthorizedResponse();
    });

    const { response } = await api.POST('/api/v1/auth/password', {
      body: { currentPassword: 'mat-khau-cu', newPassword: 'mat-khau-moi-dai' },
    });

    expect(response.status).toBe(204);
    const sent = requests.filter((r) => pathOf(r) === '/api/v1/auth/password');
    expect(sent).toHaveLength(2);
    for (const request of sent) {
      expect(await request.json()).toEqual({ currentPassword: 'mat-khau-cu', newPassword: 'mat-khau-moi-dai' });
    }
  });

  it('ends the session, as expired, when the refresh is refused', async () => {
    signIn({ accessToken: 'old', refreshToken: 'spent' });
    const { requests } = stubFetch(() => unauthorizedResponse('Mã làm mới không hợp lệ hoặc đã hết hạn; hãy đăng nhập lại.'));

    const [first, second] = await Promise.all([api.GET('/api/v1/auth/me'), api.GET('/api/v1/auth/me')]);

    expect(first.response.status).toBe(401);
    expect(second.response.status).toBe(401);
    expect(refreshCalls(requests)).toHaveLength(1);
    expect(getSessionState()).toEqual({ session: null, expired: true });
    expect(window.sessionStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
  });

  it('ends the session when the retried call is refused too', async () => {
    signIn({ accessToken: 'old' });
    const { requests } = stubFetch((request) =>
      pathOf(request) === REFRESH ? jsonResponse(testTokens({ accessToken: 'new' })) : unauthorizedResponse(),
    );

    const { response } = await api.GET('/api/v1/auth/me');

    expect(response.status).toBe(401);
    expect(requests).toHaveLength(3); // refused, refreshed, refused again: no second refresh
    expect(getSessionState()).toEqual({ session: null, expired: true });
  });

  it('keeps the session when the refresh cannot reach the server', async () => {
    signIn({ accessToken: 'old', refreshToken: 'refresh-1' });
    stubFetch((request) => (pathOf(request) === REFRESH ? Promise.reject(new TypeError('Failed to fetch')) : unauthorizedResponse()));

    await expect(api.GET('/api/v1/auth/me')).rejects.toThrow('Failed to fetch');

    expect(getAccessToken()).toBe('old');
    expect(window.sessionStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-1');
  });

  it('does not try to refresh without a session', async () => {
    const { requests } = stubFetch(() => unauthorizedResponse());

    const { response } = await api.GET('/api/v1/auth/me');

    expect(response.status).toBe(401);
    expect(requests).toHaveLength(1);
    expect(getSessionState()).toEqual({ session: null, expired: false });
  });
});
