import type { RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../components/ComingSoon';
import { DocumentsPage } from '../documents/DocumentsPage';
import { residentMessageRoutes } from '../messages/routes';
import { profileRoutes } from '../profile/routes';
import { ResidentHome } from './ResidentHome';
import { ResidentLayout } from './ResidentLayout';

function Dossiers() {
  const { t } = useTranslation('resident');
  return <ComingSoon title={t('dossiers.title')} />;
}

/** Resident portal ("Mijn Samenplan") at the root of the site. */
export const residentRoutes: RouteObject = {
  path: '/',
  element: <ResidentLayout />,
  children: [
    { index: true, element: <ResidentHome /> },
    { path: 'dossiers', element: <Dossiers /> },
    { path: 'dossiers/:dossierId/documenten', element: <DocumentsPage /> },
    ...residentMessageRoutes,
    ...profileRoutes,
  ],
};
