import type { RouteObject } from 'react-router';
import { residentCareRoutes } from '../care/routes';
import { DocumentsPage } from '../documents/DocumentsPage';
import { dossierPortalRoutes } from '../dossier/portal/routes';
import { residentMessageRoutes } from '../messages/routes';
import { residentPlanRoutes } from '../plan/routes';
import { profileRoutes } from '../profile/routes';
import { ResidentHome } from './ResidentHome';
import { ResidentLayout } from './ResidentLayout';

/** Resident portal ("Mijn Samenplan") at the root of the site. */
export const residentRoutes: RouteObject = {
  path: '/',
  element: <ResidentLayout />,
  children: [
    { index: true, element: <ResidentHome /> },
    ...dossierPortalRoutes,
    { path: 'dossiers/:dossierId/documenten', element: <DocumentsPage /> },
    ...residentMessageRoutes,
    ...profileRoutes,
    ...residentCareRoutes,
    ...residentPlanRoutes,
  ],
};
