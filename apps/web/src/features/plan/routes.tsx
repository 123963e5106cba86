import type { RouteObject } from 'react-router';
import { PlanListPage } from './PlanListPage';
import { PlanPage } from './PlanPage';
import { SideContext } from './side';
import { RequireSignedIn } from './States';

/** The portal's plan pages, as children of the resident portal's route (features/resident/routes.tsx). */
export const residentPlanRoutes: RouteObject[] = [
  { path: 'dossiers/:dossierId/plannen', element: <RequireSignedIn><PlanListPage /></RequireSignedIn> },
  { path: 'plannen/:planId', element: <RequireSignedIn><PlanPage /></RequireSignedIn> },
];

/** The workspace's plan pages, as children of /werk (inside its sign-in guard). */
export const workPlanRoutes: RouteObject[] = [
  { path: 'dossiers/:dossierId/plannen', element: <SideContext.Provider value="work"><PlanListPage /></SideContext.Provider> },
  { path: 'plannen/:planId', element: <SideContext.Provider value="work"><PlanPage /></SideContext.Provider> },
];
