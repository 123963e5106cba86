import type { RouteObject } from 'react-router';
import { NewPlanPage } from './NewPlanPage';
import { QuestionLibraryPage } from './QuestionLibraryPage';
import { RightsPage } from './RightsPage';
import { TemplateEditorPage } from './TemplateEditorPage';
import { TemplatesPage } from './TemplatesPage';

/** The plan engine's set-up screens in the workspace: templates and the question library (beheer), a new plan in a dossier, rights in a plan. */
export const planAdminRoutes: RouteObject[] = [
  { path: 'beheer/sjablonen', element: <TemplatesPage /> },
  { path: 'beheer/sjablonen/:templateId', element: <TemplateEditorPage /> },
  { path: 'beheer/vragen', element: <QuestionLibraryPage /> },
  { path: 'dossiers/:dossierId/plannen/nieuw', element: <NewPlanPage /> },
  { path: 'plannen/:planId/rechten', element: <RightsPage /> },
];
