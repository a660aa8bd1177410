import { Link, useSearchParams } from 'react-router';

export interface View {
  /** The `xem` value in the address; null for the default view. */
  key: string | null;
  label: string;
}

/** Parameters a view keeps to itself: left behind when another view is chosen. */
const OWN = ['xem', 'page', 'size', 'sort', 'q', 'status', 'overdue'];

/**
 * A page's views as links under its title (the address keeps the view: `?xem=`), the current one marked: what the
 * recommendations' sections look like, wrapping on a phone instead of hiding views behind a menu as tabs would.
 */
export function ViewNav({ views, current, label }: { views: readonly View[]; current: string | null; label: string }) {
  const [params] = useSearchParams();
  const hrefOf = (key: string | null) => {
    const next = new URLSearchParams(params);
    OWN.forEach((name) => next.delete(name));
    if (key) next.set('xem', key);
    const search = next.toString();
    return { search: search ? `?${search}` : '' };
  };
  return (
    <nav aria-label={label} className="subnav">
      {views.map((v) => (
        <Link
          key={v.key ?? ''}
          to={hrefOf(v.key)}
          aria-current={v.key === current ? 'page' : undefined}
          className={v.key === current ? 'subnav__link subnav__link--active' : 'subnav__link'}
        >
          {v.label}
        </Link>
      ))}
    </nav>
  );
}
