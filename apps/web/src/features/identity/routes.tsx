import type { RouteObject } from 'react-router';
import { GeneralLayout } from '../accessibility/GeneralLayout';
import { AccountPage } from './AccountPage';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { InvitationPage } from './InvitationPage';
import { ResetPasswordPage } from './ResetPasswordPage';
import { SignInPage } from './SignInPage';

/** Signing in and the account page belong to no single area: they use the general frame. */
export const identityRoutes: RouteObject = {
  element: <GeneralLayout />,
  children: [
    { path: '/inloggen', element: <SignInPage /> },
    { path: '/wachtwoord-vergeten', element: <ForgotPasswordPage /> },
    { path: '/wachtwoord-herstellen', element: <ResetPasswordPage /> },
    { path: '/uitnodiging', element: <InvitationPage /> },
    { path: '/account', element: <AccountPage /> },
  ],
};
