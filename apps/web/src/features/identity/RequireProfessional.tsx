import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useMe } from './api';
import { homeFor, isProfessional } from './roles';

/**
 * The workspace is for professionals only. Signed out: to /inloggen, with the way back. Signed in with a resident's
 * role: to the portal. While we ask the server, a short line instead of a flash of the workspace.
 */
export function RequireProfessional({ children }: { children: ReactNode }) {
  const { t } = useTranslation('identity');
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Paragraph className="sp-loading">{t('checking')}</Paragraph>;
  if (!me.data) {
    const back = `${location.pathname}${location.search}`;
    return <Navigate to={`/inloggen?terug=${encodeURIComponent(back)}`} replace />;
  }
  if (!isProfessional(me.data.activeRole)) return <Navigate to={homeFor(me.data.activeRole)} replace />;
  return children;
}
