import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useMe } from '../identity/api';

/** Messages are personal: without a session the page says so and links to sign in, instead of failing requests. */
export function SignedInOnly({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation('messages');
  const me = useMe();
  if (me.isPending) return <PageHeading>{title}</PageHeading>;
  if (!me.data) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <Paragraph>
          <RouterLink to="/inloggen">{t('signIn.link')}</RouterLink>
          {` ${t('signIn.text')}`}
        </Paragraph>
      </>
    );
  }
  return children;
}
