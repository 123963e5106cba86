import type { RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../components/ComingSoon';
import { NotFoundPage } from '../../components/NotFoundPage';
import { Caseload } from './Caseload';
import { WorkLayout } from './WorkLayout';

function Messages() {
  const { t } = useTranslation('work');
  return <ComingSoon title={t('messages.title')} />;
}

function Admin() {
  const { t } = useTranslation('work');
  return <ComingSoon title={t('admin.title')} />;
}

/** Professional workspace. */
export const workRoutes: RouteObject = {
  path: '/werk',
  element: <WorkLayout />,
  children: [
    { index: true, element: <Caseload /> },
    { path: 'berichten', element: <Messages /> },
    { path: 'beheer', element: <Admin /> },
    { path: '*', element: <NotFoundPage /> },
  ],
};
