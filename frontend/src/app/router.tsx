import type { ReactNode } from 'react';
import { LOGIN_PATH, LoginPage, RequireSession, SessionHeader } from '@/features/auth';
import { OrganizationsPage } from '@/features/organizations';
import { usePathname } from '@/lib/url-state';

/** A page for signed-in users: others are sent to sign in first. */
function SignedIn({ children }: { children: ReactNode }) {
  return (
    <RequireSession>
      <SessionHeader />
      {children}
    </RequireSession>
  );
}

/** The routes. Features meet only here; a router library comes when there are more pages. */
export function AppRouter() {
  const pathname = usePathname();
  switch (pathname) {
    case LOGIN_PATH:
      return <LoginPage />;
    case '/':
    case '/index.html':
      return (
        <SignedIn>
          <OrganizationsPage />
        </SignedIn>
      );
    default:
      return (
        <main className="page">
          <h1>Không tìm thấy trang</h1>
          <p>
            <a href="/">Về trang tổ chức đảng</a>
          </p>
        </main>
      );
  }
}
