import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/i18n';
import { endSession, getSessionState, REFRESH_TOKEN_KEY } from '@/lib/api/session';
import { deferred, jsonResponse, problemResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { testTokens } from '@/test/session';
import { formatWait, LoginPage } from './LoginPage';

function fillIn(username: string, password: string) {
  fireEvent.change(screen.getByRole('textbox', { name: 'Tên đăng nhập' }), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: password } });
}

function submit() {
  fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('LoginPage', () => {
  beforeEach(() => window.history.replaceState(null, '', '/dang-nhap'));

  it('signs in with what was typed and goes where the user was going', async () => {
    window.history.replaceState(null, '', '/dang-nhap?next=%2F%3Fq%3Dthon');
    const { requests } = stubFetch(() => jsonResponse(testTokens({ accessToken: 'access-9', refreshToken: 'refresh-9' })));

    renderWithQuery(<LoginPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
    fillIn('  vanphong ', 'mat-khau-cua-ban');
    submit();

    await waitFor(() => expect(window.location.pathname + window.location.search).toBe('/?q=thon'));
    expect(requests).toHaveLength(1);
    expect(new URL(requests[0]!.url).pathname).toBe('/api/v1/auth/login');
    expect(await requests[0]!.json()).toEqual({ username: 'vanphong', password: 'mat-khau-cua-ban' });
    expect(getSessionState().session?.accessToken).toBe('access-9');
    expect(window.sessionStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-9');
  });

  it.each([
    ['//example.com/'],
    ['https://example.com/'],
    ['/dang-nhap?next=/'],
  ])('never follows next=%s off the app or back to itself', async (next) => {
    window.history.replaceState(null, '', `/dang-nhap?next=${encodeURIComponent(next)}`);
    stubFetch(() => jsonResponse(testTokens()));

    renderWithQuery(<LoginPage />);
    fillIn('vanphong', 'mat-khau-cua-ban');
    submit();

    await waitFor(() => expect(window.location.pathname).toBe('/'));
    expect(window.location.search).toBe('');
  });

  it('shows the problem detail when the password is wrong', async () => {
    stubFetch(() =>
      problemResponse(401, {
        type: 'urn:nennep:problem:unauthorized',
        title: 'Chưa xác thực',
        detail: 'Tên đăng nhập hoặc mật khẩu không đúng.',
      }),
    );

    renderWithQuery(<LoginPage />);
    fillIn('vanphong', 'sai-mat-khau');
    submit();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(screen.getByRole('button', { name: 'Đăng nhập' })).toBeEnabled();
    expect(getSessionState().session).toBeNull();
    expect(window.location.pathname).toBe('/dang-nhap');
  });

  it('shows how long to wait after too many failed sign-ins', async () => {
    stubFetch(() =>
      problemResponse(
        429,
        {
          type: 'urn:nennep:problem:too-many-requests',
          title: 'Quá nhiều yêu cầu',
          detail: 'Đăng nhập sai quá nhiều lần; vui lòng thử lại sau khoảng 3 phút.',
        },
        { 'Retry-After': '150' },
      ),
    );

    renderWithQuery(<LoginPage />);
    fillIn('vanphong', 'sai-mat-khau');
    submit();

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Đăng nhập sai quá nhiều lần; vui lòng thử lại sau khoảng 3 phút.')).toBeInTheDocument();
    expect(within(alert).getByText('Có thể đăng nhập lại sau 2 phút 30 giây.')).toBeInTheDocument();
  });

  it('shows the field errors of a 422 under their fields', async () => {
    stubFetch(() =>
      problemResponse(422, {
        type: 'urn:nennep:problem:validation',
        title: 'Dữ liệu không hợp lệ',
        detail: 'Một số trường dữ liệu không hợp lệ; xem chi tiết trong danh sách lỗi.',
        errors: [
          { field: 'username', message: 'tối đa 50 ký tự' },
          { field: 'password', message: 'không được để trống' },
        ],
      }),
    );

    renderWithQuery(<LoginPage />);
    fillIn('vanphong', 'x');
    submit();

    expect(await screen.findByRole('alert')).toHaveTextContent('Một số trường dữ liệu không hợp lệ');
    const username = screen.getByRole('textbox', { name: 'Tên đăng nhập' });
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(username).toHaveAccessibleDescription('tối đa 50 ký tự');
    expect(screen.getByLabelText('Mật khẩu')).toHaveAccessibleDescription('không được để trống');
  });

  it('asks for both fields before calling the API', () => {
    const { requests } = stubFetch(() => jsonResponse(testTokens()));

    renderWithQuery(<LoginPage />);
    submit();

    expect(screen.getByRole('textbox', { name: 'Tên đăng nhập' })).toHaveAccessibleDescription('Vui lòng nhập tên đăng nhập.');
    expect(screen.getByLabelText('Mật khẩu')).toHaveAccessibleDescription('Vui lòng nhập mật khẩu.');
    expect(requests).toHaveLength(0);
  });

  it('shows progress on the button while signing in', async () => {
    const answer = deferred<Response>();
    stubFetch(() => answer.promise);

    renderWithQuery(<LoginPage />);
    fillIn('vanphong', 'mat-khau-cua-ban');
    submit();

    const button = await screen.findByRole('button', { name: 'Đang đăng nhập…' });
    expect(button).toBeDisabled();
    answer.resolve(jsonResponse(testTokens()));
    await waitFor(() => expect(getSessionState().session).not.toBeNull());
  });

  it('says so when the last session expired', () => {
    endSession({ expired: true });

    renderWithQuery(<LoginPage />);

    expect(screen.getByRole('status')).toHaveTextContent('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.');
  });

  it('shows a connection problem when the server cannot be reached', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));

    renderWithQuery(<LoginPage />);
    fillIn('vanphong', 'mat-khau-cua-ban');
    submit();

    expect(await screen.findByRole('alert')).toHaveTextContent('Không kết nối được máy chủ');
  });
});

describe('formatWait', () => {
  it.each([
    [45, '45 giây'],
    [60, '1 phút'],
    [150, '2 phút 30 giây'],
    [900, '15 phút'],
  ])('%i seconds is "%s"', (seconds, text) => {
    expect(formatWait(seconds, i18n.getFixedT('vi'))).toBe(text);
  });

  it('speaks English in English', () => {
    expect(formatWait(150, i18n.getFixedT('en'))).toBe('2 min 30 s');
    expect(formatWait(45, i18n.getFixedT('en'))).toBe('45 s');
  });
});
