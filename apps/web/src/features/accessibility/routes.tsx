import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../../components/NotFoundPage';
import { AccessibilityStatement } from './AccessibilityStatement';
import { GeneralLayout } from './GeneralLayout';

/** Site-wide pages; the catch-all lives here so an unknown address outside /dag and /werk gets a neutral 404. */
export const generalRoutes: RouteObject = {
  element: <GeneralLayout />,
  children: [
    { path: '/toegankelijkheid', element: <AccessibilityStatement /> },
    { path: '*', element: <NotFoundPage /> },
  ],
};
