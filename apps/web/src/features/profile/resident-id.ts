import { useSearchParams } from 'react-router';
import { useMe } from '../identity/api';

/**
 * Whose profile a page shows: the signed-in resident's own, or with `?persoon=<id>` that of a resident someone acts
 * for (a guardian). The server decides whether that is allowed; the pages only pass the id along.
 */
export function useResidentId() {
  const me = useMe();
  const [search] = useSearchParams();
  const other = search.get('persoon');
  const personId = me.data ? (other ?? me.data.person.id) : null;
  return { me, personId, query: other ? `?persoon=${encodeURIComponent(other)}` : '' };
}
