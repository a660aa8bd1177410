import type { ReactNode } from 'react';

export interface SummaryItem {
  key: string;
  /** The field, as its label says. */
  label: string;
  message: string;
  /** Takes the user to the field (scrolls to it and focuses it); absent for what no field of the form holds. */
  onSelect?: () => void;
}

/**
 * What keeps a form from being saved, at its top: each field in error as a link to it, with its message, and what
 * the server refused that no field holds. It lists the errors the form has now, so it shrinks as they are fixed and
 * goes once none is left (GOV.UK's error summary).
 */
export function ErrorSummary({ title, items, action }: { title: string; items: readonly SummaryItem[]; action?: ReactNode }) {
  if (items.length === 0 && !action) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {title}
      </h2>
      {items.length > 0 && (
        <ul className="error-summary__list">
          {items.map((item) => (
            <li key={item.key}>
              {item.onSelect ? (
                <a
                  href="#"
                  onClick={(event) => {
                    event.preventDefault();
                    item.onSelect!();
                  }}
                >
                  {item.label}
                </a>
              ) : (
                <span className="error-summary__label">{item.label}</span>
              )}
              : {item.message}
            </li>
          ))}
        </ul>
      )}
      {action}
    </div>
  );
}
