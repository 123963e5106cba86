import { Outlet, ScrollRestoration, type RouteObject } from 'react-router';
import { generalRoutes } from '../features/accessibility/routes';
import { dayRoutes } from '../features/day/routes';
import { identityRoutes } from '../features/identity/routes';
import { residentRoutes } from '../features/resident/routes';
import { workRoutes } from '../features/work/routes';

function Root() {
  return (
    <>
      <Outlet />
      <ScrollRestoration />
    </>
  );
}

export const routes: RouteObject[] = [{ element: <Root />, children: [residentRoutes, dayRoutes, workRoutes, identityRoutes, generalRoutes] }];
