import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { RouterLink } from '../../../components/RouterLink';
import { useMe } from '../../identity/api';
import { ProblemError } from '../../identity/http';

/** A quiet line while the answer is on its way. */
export function Loading({ text }: { text?: string }) {
  const { t } = useTranslation('dossier');
  return <Paragraph className="sp-muted sp-dos-loading">{text ?? t('state.loading')}</Paragraph>;
}

/**
 * Why something could not be shown, in words a resident understands: signed out (with the way back), a dossier that
 * does not exist or is not theirs (the server answers both with 404, and 400 for an address that cannot be a dossier),
 * or anything else.
 */
export function LoadError({ error, what = 'dossier' }: { error: unknown; what?: 'dossier' | 'part' }) {
  const { t } = useTranslation('dossier');
  const { pathname, search } = useLocation();
  if (error instanceof ProblemError && error.status === 401) {
    return (
      <Paragraph>
        {t('state.signedOut')} <RouterLink to={`/inloggen?terug=${encodeURIComponent(`${pathname}${search}`)}`}>{t('state.signInAgain')}</RouterLink>
      </Paragraph>
    );
  }
  const missing = error instanceof ProblemError && (error.status === 404 || error.status === 400 || error.status === 403);
  return (
    <Alert type="error">
      <Paragraph>{missing && what === 'dossier' ? t('state.notFound') : t('state.failed')}</Paragraph>
    </Alert>
  );
}

/** The dossier pages are for signed-in people: others go to /inloggen and come back here afterwards. */
export function RequireSignedIn({ children }: { children: ReactNode }) {
  const { t } = useTranslation('dossier');
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading text={t('state.checking')} />;
  if (!me.data) {
    const back = `${location.pathname}${location.search}`;
    return <Navigate to={`/inloggen?terug=${encodeURIComponent(back)}`} replace />;
  }
  return children;
}
