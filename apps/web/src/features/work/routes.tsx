import { Outlet, type RouteObject } from 'react-router';
import { adminRoutes } from '../admin/routes';
import { workCareRoutes } from '../care/routes';
import { RequireProfessional } from '../identity/RequireProfessional';
import { NotFoundPage } from '../../components/NotFoundPage';
import { DocumentsPage } from '../documents/DocumentsPage';
import { workMessageRoutes } from '../messages/routes';
import { workPlanRoutes } from '../plan/routes';
import { workspaceRoutes } from '../dossier/workspace/routes';
import { planAdminRoutes } from '../plan-admin/routes';
import { WorkLayout } from './WorkLayout';

/** Professional workspace, for signed-in professionals only. */
export const workRoutes: RouteObject = {
  path: '/werk',
  element: <WorkLayout />,
  children: [
    {
      // Only a signed-in professional gets past this; the frame around it stays, so "Inloggen" is in reach.
      element: (
        <RequireProfessional>
          <Outlet />
        </RequireProfessional>
      ),
      children: [
        ...workspaceRoutes,
        { path: 'dossiers/:dossierId/documenten', element: <DocumentsPage /> },
        ...workMessageRoutes,
        ...workCareRoutes,
        ...adminRoutes,
        ...planAdminRoutes,
        ...workPlanRoutes,
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
};
