import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../features/identity/api';
import { ProblemError } from '../features/identity/http';
import type { Namespace, resources } from '../locales';
import { RouterLink } from './RouterLink';

type StateTexts = { loading: string; checking: string; notFound: string; failed: string; signedOut: string; signInAgain: string };

/** The translation namespaces that carry the `state` texts below (each feature words them for its own object). */
export type LoadStateNamespace = { [N in Namespace]: (typeof resources)['nl'][N] extends { state: StateTexts } ? N : never }[Namespace];

/** The way to /inloggen that brings the person back to this very page afterwards. */
function signInAndComeBack(pathname: string, search: string) {
  return `/inloggen?terug=${encodeURIComponent(`${pathname}${search}`)}`;
}

/**
 * The loading, error and signed-in states of a feature's pages, in the words of its own namespace (`state.loading`,
 * `state.checking`, `state.notFound`, `state.failed`, `state.signedOut`, `state.signInAgain`).
 */
export function loadStatesIn(ns: LoadStateNamespace) {
  /** A quiet line while the answer is on its way. */
  function Loading({ text }: { text?: string }) {
    const { t } = useTranslation(ns);
    return <Paragraph className="sp-muted">{text ?? t('state.loading')}</Paragraph>;
  }

  /**
   * Why something could not be shown, in words a resident understands: signed out (with the way back), the page's own
   * object not there or not theirs (the server answers 404, 403, or 400 for an address that cannot be one), or
   * anything else. A `part` of a page that fails is never called missing: the page itself was there.
   */
  function LoadError({ error, what = 'whole' }: { error: unknown; what?: 'whole' | 'part' }) {
    const { t } = useTranslation(ns);
    const { pathname, search } = useLocation();
    if (error instanceof ProblemError && error.status === 401) {
      return (
        <Paragraph>
          {t('state.signedOut')} <RouterLink to={signInAndComeBack(pathname, search)}>{t('state.signInAgain')}</RouterLink>
        </Paragraph>
      );
    }
    const missing = error instanceof ProblemError && [400, 403, 404].includes(error.status);
    return (
      <Alert type="error">
        <Paragraph>{missing && what === 'whole' ? t('state.notFound') : t('state.failed')}</Paragraph>
      </Alert>
    );
  }

  /** Pages for signed-in people: others go to /inloggen and come back here afterwards. */
  function RequireSignedIn({ children }: { children: ReactNode }) {
    const { t } = useTranslation(ns);
    const me = useMe();
    const { pathname, search } = useLocation();
    if (me.isPending) return <Loading text={t('state.checking')} />;
    if (!me.data) return <Navigate to={signInAndComeBack(pathname, search)} replace />;
    return children;
  }

  return { Loading, LoadError, RequireSignedIn };
}
