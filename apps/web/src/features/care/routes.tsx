import type { RouteObject } from 'react-router';
import { EcdPage } from './EcdPage';
import { PlanningPage } from './PlanningPage';
import { WorkPlanningPage } from './WorkPlanningPage';
import { WorkReportsPage } from './WorkReportsPage';

/** Seed 003 in the resident portal: *Planning* and the *ECD* (zorgdossier). */
export const residentCareRoutes: RouteObject[] = [
  { path: 'planning', element: <PlanningPage /> },
  { path: 'zorgdossier', element: <EcdPage /> },
];

/** Provider staff fill them in the workspace, per dossier. */
export const workCareRoutes: RouteObject[] = [
  { path: 'dossiers/:dossierId/planning', element: <WorkPlanningPage /> },
  { path: 'dossiers/:dossierId/rapportages', element: <WorkReportsPage /> },
];
