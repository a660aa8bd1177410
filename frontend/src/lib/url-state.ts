import { useCallback, useMemo } from 'react';
import { useSearchParams as useRouterSearchParams } from 'react-router';

/*
 * Page state kept in the URL query string (?q=…&type=…&page=…&sort=…), so that a reload, a shared link
 * and the browser's back/forward buttons all give the same view.
 */

export type SearchParamsUpdate = Record<string, string | number | null | undefined>;

export interface NavigateOptions {
  /** Replace the current history entry instead of pushing one (e.g. while typing). */
  replace?: boolean;
}

export type SetSearchParams = (update: SearchParamsUpdate, options?: NavigateOptions) => void;

/** The current query parameters, and a setter that sets or removes (null, undefined, '') some, keeping the others. */
export function useSearchParams(): [URLSearchParams, SetSearchParams] {
  const [params, setParams] = useRouterSearchParams();
  const set = useCallback<SetSearchParams>(
    (update, options = {}) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(update)) {
            if (value === null || value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: options.replace ?? false },
      ),
    [setParams],
  );
  return [params, set];
}

/** A 1-based page number from the URL (the API counts from 0). */
export function parsePage(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

export interface TableState {
  q: string;
  page: number;
  size: number;
  /** `field,asc|desc` as the API takes it, or null for the server's default. */
  sort: string | null;
}

/** The usual list state (q, page, size, sort) read from the URL, with setters that keep it there. */
export function useTableState(defaultSize = 20): [TableState, SetSearchParams, URLSearchParams] {
  const [params, setParams] = useSearchParams();
  const state = useMemo<TableState>(() => {
    const size = Number(params.get('size'));
    return {
      q: params.get('q') ?? '',
      page: parsePage(params.get('page')),
      size: [10, 20, 50, 100].includes(size) ? size : defaultSize,
      sort: params.get('sort'),
    };
  }, [params, defaultSize]);
  return [state, setParams, params];
}
