import type { RouteObject } from 'react-router';
import { GeneralLayout } from '../accessibility/GeneralLayout';
import { AccountPage } from './AccountPage';
import { SignInPage } from './SignInPage';

/** Signing in and the account page belong to no single area: they use the general frame. */
export const identityRoutes: RouteObject = {
  element: <GeneralLayout />,
  children: [
    { path: '/inloggen', element: <SignInPage /> },
    { path: '/account', element: <AccountPage /> },
  ],
};
