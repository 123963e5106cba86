import type { RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../components/ComingSoon';
import { NotFoundPage } from '../../components/NotFoundPage';
import { DayLayout } from './DayLayout';
import { Today } from './Today';

function StepPlans() {
  const { t } = useTranslation('day');
  return <ComingSoon title={t('stepPlans.title')} text={t('stepPlans.empty')} />;
}

function Feeling() {
  const { t } = useTranslation('day');
  return <ComingSoon title={t('feeling.title')} text={t('feeling.empty')} />;
}

/** Client day app: few words, big targets. */
export const dayRoutes: RouteObject = {
  path: '/dag',
  element: <DayLayout />,
  children: [
    { index: true, element: <Today /> },
    { path: 'stappenplannen', element: <StepPlans /> },
    { path: 'gevoel', element: <Feeling /> },
    { path: '*', element: <NotFoundPage /> },
  ],
};
