import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useMe } from '../identity/api';

/** Planning and care record are personal: without a session the page says so and links to sign in. */
export function SignedInOnly({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation('care');
  const me = useMe();
  const { pathname, search } = useLocation();
  if (me.isPending) return <PageHeading>{title}</PageHeading>;
  if (!me.data) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <Paragraph>
          <RouterLink to={`/inloggen?terug=${encodeURIComponent(pathname + search)}`}>{t('signIn.link')}</RouterLink>
          {` ${t('signIn.text')}`}
        </Paragraph>
      </>
    );
  }
  return children;
}
