import { QueryClient } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';

/** A fresh QueryClient that neither retries nor caches between tests. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity, staleTime: 0 } },
  });
}

/**
 * Renders a screen as the app would: a fresh QueryClient, the language and antd providers, and a router at the
 * page's current address (tests set it with history.replaceState first), so links and URL state work.
 */
export function renderWithQuery(ui: ReactElement, options?: RenderOptions) {
  const queryClient = createTestQueryClient();
  const router = createBrowserRouter([{ path: '*', element: ui }]);
  return {
    queryClient,
    router,
    ...render(
      <AppProvider queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProvider>,
      options,
    ),
  };
}
