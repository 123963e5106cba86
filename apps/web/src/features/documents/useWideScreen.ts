import { useSyncExternalStore } from 'react';

const query = '(min-width: 48em)';

function subscribe(listener: () => void) {
  const list = window.matchMedia(query);
  list.addEventListener('change', listener);
  return () => list.removeEventListener('change', listener);
}

/** Whether the screen is wide enough for a table; phones get a stacked list instead of a table to scroll sideways. */
export function useWideScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches, () => true);
}
