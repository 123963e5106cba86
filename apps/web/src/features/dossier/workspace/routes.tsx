import type { RouteObject } from 'react-router';
import { BreakGlassPage } from './BreakGlassPage';
import { CaseloadPage } from './CaseloadPage';
import { DossierPage } from './DossierPage';
import { NewDossierPage } from './NewDossierPage';

/** The workspace's caseload and dossier pages, as children of /werk (inside its sign-in guard). */
export const workspaceRoutes: RouteObject[] = [
  { index: true, element: <CaseloadPage /> },
  { path: 'dossiers/nieuw', element: <NewDossierPage /> },
  { path: 'dossiers/:dossierId', element: <DossierPage /> },
  { path: 'dossiers/:dossierId/doorbraak', element: <BreakGlassPage /> },
];
