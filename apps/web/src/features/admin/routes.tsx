import type { RouteObject } from 'react-router';
import { AdminHome } from './AdminHome';
import { GroupPage, TeamPage } from './DetailPages';
import { InvitePage } from './InvitePage';
import { SettingsPage } from './SettingsPage';
import { StaffDetailPage } from './StaffDetailPage';
import { StaffPage } from './StaffPage';
import { TermsPage } from './TermsPage';
import { GroupsPage, TeamsPage } from './TeamsPage';

/** /werk/beheer: the functional administrator's part of the workspace (issue 4). Sjablonen is a sibling route. */
export const adminRoutes: RouteObject[] = [
  { path: 'beheer', element: <AdminHome /> },
  { path: 'beheer/medewerkers', element: <StaffPage /> },
  { path: 'beheer/medewerkers/nieuw', element: <InvitePage /> },
  { path: 'beheer/medewerkers/:accountId', element: <StaffDetailPage /> },
  { path: 'beheer/teams', element: <TeamsPage /> },
  { path: 'beheer/teams/:teamId', element: <TeamPage /> },
  { path: 'beheer/gebruikersgroepen', element: <GroupsPage /> },
  { path: 'beheer/gebruikersgroepen/:groupId', element: <GroupPage /> },
  { path: 'beheer/instellingen', element: <SettingsPage /> },
  { path: 'beheer/voorwaarden', element: <TermsPage /> },
];
