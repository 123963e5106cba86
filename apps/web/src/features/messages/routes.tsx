import type { RouteObject } from 'react-router';
import { DossierInboxPage, ResidentInboxPage, WorkInboxPage } from './InboxPages';
import { ResidentNewMessagePage, WorkNewMessagePage } from './NewMessagePage';
import { ResidentThreadPage, WorkThreadPage } from './ThreadPage';

/** *Mijn berichten* in the resident portal (children of `/`). */
export const residentMessageRoutes: RouteObject[] = [
  { path: 'berichten', element: <ResidentInboxPage /> },
  { path: 'berichten/nieuw', element: <ResidentNewMessagePage /> },
  { path: 'berichten/:threadId', element: <ResidentThreadPage /> },
];

/** The professional's inbox (children of `/werk`, behind the professional gate). */
export const workMessageRoutes: RouteObject[] = [
  { path: 'berichten', element: <WorkInboxPage /> },
  { path: 'berichten/:threadId', element: <WorkThreadPage /> },
  { path: 'dossiers/:dossierId/berichten', element: <DossierInboxPage /> },
  { path: 'dossiers/:dossierId/berichten/nieuw', element: <WorkNewMessagePage /> },
];
