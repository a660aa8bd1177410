import type { SortOrder, SorterResult } from 'antd/es/table/interface';

/** antd's sort order of a column from the URL's `sort=field,asc|desc`. */
export function orderOf(sort: string | null, field: string): SortOrder {
  if (!sort?.startsWith(`${field},`)) return null;
  return sort.endsWith(',desc') ? 'descend' : 'ascend';
}

/** The URL's `sort` from antd's sorter (null: the server's default). */
export function sortOf<T>(sorter: SorterResult<T> | SorterResult<T>[]): string | null {
  const s = Array.isArray(sorter) ? sorter[0] : sorter;
  if (!s?.order || !s.field) return null;
  return `${String(s.field)},${s.order === 'descend' ? 'desc' : 'asc'}`;
}
