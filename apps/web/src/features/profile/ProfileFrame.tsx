import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { ProblemError } from '../identity/http';
import { useResidentId } from './resident-id';

type Props = { title: string; children: (personId: string, query: string) => ReactNode };

/** A profile page for a signed-in person: sends others to sign in and back, and waits for who is signed in. */
export function ProfileFrame({ title, children }: Props) {
  const { t } = useTranslation('profile');
  const location = useLocation();
  const { me, personId, query } = useResidentId();
  if (me.isPending) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <Paragraph className="sp-loading">{t('checking')}</Paragraph>
      </>
    );
  }
  if (!me.data || !personId) return <Navigate to={`/inloggen?terug=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children(personId, query)}</>;
}

/** What a page shows while its data loads or when it failed: 404 means there is no profile for this person. */
export function LoadState({ title, error }: { title: string; error: unknown }) {
  const { t } = useTranslation('profile');
  return (
    <>
      <PageHeading>{title}</PageHeading>
      {error ? (
        <Alert type={error instanceof ProblemError && error.status === 404 ? 'info' : 'error'}>
          <Paragraph>{error instanceof ProblemError && error.status === 404 ? t('notFound') : t('loadFailed')}</Paragraph>
        </Alert>
      ) : (
        <Paragraph className="sp-loading" role="status">
          {t('checking')}
        </Paragraph>
      )}
    </>
  );
}
