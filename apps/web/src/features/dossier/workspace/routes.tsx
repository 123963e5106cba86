import { Navigate, type RouteObject } from 'react-router';
import { useMe } from '../../identity/api';
import { hasCaseload } from '../../identity/roles';
import { BreakGlassPage } from './BreakGlassPage';
import { CaseloadPage } from './CaseloadPage';
import { DossierPage } from './DossierPage';
import { NewDossierPage } from './NewDossierPage';

/** /werk is the caseload; a role without one (the functional administrator) goes to its own home instead. */
function WorkHome() {
  const me = useMe();
  if (me.data && !hasCaseload(me.data.activeRole)) return <Navigate to="beheer" replace />;
  return <CaseloadPage />;
}

/** The workspace's caseload and dossier pages, as children of /werk (inside its sign-in guard). */
export const workspaceRoutes: RouteObject[] = [
  { index: true, element: <WorkHome /> },
  { path: 'dossiers/nieuw', element: <NewDossierPage /> },
  { path: 'dossiers/:dossierId', element: <DossierPage /> },
  { path: 'dossiers/:dossierId/doorbraak', element: <BreakGlassPage /> },
];
