import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { RouterLink } from '../../components/RouterLink';
import { useMe } from '../identity/api';
import { ProblemError } from '../identity/http';

/** A quiet line while the answer is on its way. */
export function Loading({ text }: { text?: string }) {
  const { t } = useTranslation('plan');
  return <Paragraph className="sp-muted">{text ?? t('state.loading')}</Paragraph>;
}

/** Why the plan could not be shown: signed out (with the way back), not there or not yours (404), or anything else. */
export function LoadError({ error, what = 'plan' }: { error: unknown; what?: 'plan' | 'part' }) {
  const { t } = useTranslation('plan');
  const { pathname, search } = useLocation();
  if (error instanceof ProblemError && error.status === 401) {
    return (
      <Paragraph>
        {t('state.signedOut')} <RouterLink to={`/inloggen?terug=${encodeURIComponent(`${pathname}${search}`)}`}>{t('state.signInAgain')}</RouterLink>
      </Paragraph>
    );
  }
  const missing = error instanceof ProblemError && [400, 403, 404].includes(error.status);
  return (
    <Alert type="error">
      <Paragraph>{missing && what === 'plan' ? t('state.notFound') : t('state.failed')}</Paragraph>
    </Alert>
  );
}

/** The portal's plan pages are for signed-in people: others go to /inloggen and come back here afterwards. */
export function RequireSignedIn({ children }: { children: ReactNode }) {
  const { t } = useTranslation('plan');
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading text={t('state.checking')} />;
  if (!me.data) return <Navigate to={`/inloggen?terug=${encodeURIComponent(`${location.pathname}${location.search}`)}`} replace />;
  return children;
}
