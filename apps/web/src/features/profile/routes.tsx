import type { RouteObject } from 'react-router';
import { ConfirmEmailPage } from './ConfirmEmailPage';
import { ContactDetailsPage } from './ContactDetailsPage';
import { ContactPersonsPage } from './ContactPersonsPage';
import { ProfilePage } from './ProfilePage';

/** The profile pages inside the resident portal; `?persoon=<id>` opens them for a resident one acts for. */
export const profileRoutes: RouteObject[] = [
  { path: 'profiel', element: <ProfilePage /> },
  { path: 'profiel/gegevens', element: <ContactDetailsPage /> },
  { path: 'profiel/email-bevestigen', element: <ConfirmEmailPage /> },
  { path: 'profiel/contactpersonen', element: <ContactPersonsPage /> },
];
