import type { RouteObject } from 'react-router';
import { AccessLogPage } from './AccessLogPage';
import { DossierListPage } from './DossierListPage';
import { DossierPage } from './DossierPage';
import { RequireSignedIn } from './States';

/** The portal's dossier pages, as children of the resident portal's route (features/resident/routes.tsx). */
export const dossierPortalRoutes: RouteObject[] = [
  { path: 'dossiers', element: <RequireSignedIn><DossierListPage /></RequireSignedIn> },
  { path: 'dossiers/:dossierId', element: <RequireSignedIn><DossierPage /></RequireSignedIn> },
  { path: 'dossiers/:dossierId/inzage', element: <RequireSignedIn><AccessLogPage /></RequireSignedIn> },
];
