import { OrganizationsPage } from '@/features/organizations';
import { usePathname } from '@/lib/url-state';

/** The routes. Features meet only here; a router library comes when there is a second page. */
export function AppRouter() {
  const pathname = usePathname();
  switch (pathname) {
    case '/':
    case '/index.html':
      return <OrganizationsPage />;
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
