import { useSyncExternalStore } from 'react';

/** Below antd's `sm` breakpoint (576 px): a phone held upright. */
const PHONE = '(max-width: 575.98px)';

/**
 * Whether the screen is a phone's, known from the first render (antd's Grid.useBreakpoint only knows after an
 * effect, which would draw the table once before the cards).
 */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(PHONE);
      query.addEventListener?.('change', onChange);
      return () => query.removeEventListener?.('change', onChange);
    },
    () => window.matchMedia(PHONE).matches,
    () => false,
  );
}
