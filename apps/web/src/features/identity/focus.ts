import { useCallback, useEffect, useState } from 'react';

/**
 * Moves focus to an element by id once the render that shows it is committed: after a panel replaces the button
 * that opened it, keyboard and screen reader users continue at the new content instead of at the top of the page.
 */
export function useFocusRequest() {
  const [target, setTarget] = useState<{ id: string; n: number } | null>(null);
  useEffect(() => {
    if (target) document.getElementById(target.id)?.focus();
  }, [target]);
  return useCallback((id: string) => setTarget((previous) => ({ id, n: (previous?.n ?? 0) + 1 })), []);
}
