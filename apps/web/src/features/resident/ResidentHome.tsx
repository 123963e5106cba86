import { ButtonLink, Heading, Paragraph } from '@utrecht/component-library-react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref, useLinkClickHandler } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { PortalHome } from '../dossier/portal/PortalHome';
import { useMe } from '../identity/api';
import { ServerStatus } from '../platform/ServerStatus';

/** The call to action for someone who is not signed in: a link styled as the page's main button. */
function SignInCallToAction() {
  const { t } = useTranslation('resident');
  const href = useHref('/inloggen');
  const navigate = useLinkClickHandler<HTMLAnchorElement>('/inloggen');
  return (
    <section className="sp-card sp-card--call" aria-labelledby="resident-sign-in">
      <Heading level={2} id="resident-sign-in">
        {t('home.signInTitle')}
      </Heading>
      <Paragraph>{t('home.signInText')}</Paragraph>
      <ButtonLink appearance="primary-action-button" href={href} onClick={(event: MouseEvent<HTMLAnchorElement>) => navigate(event)}>
        {t('home.signInButton')}
      </ButtonLink>
    </section>
  );
}

export function ResidentHome() {
  const { t } = useTranslation('resident');
  const me = useMe();
  return (
    <>
      <PageHeading>{me.data ? t('home.welcome', { firstName: me.data.person.firstName }) : t('home.title')}</PageHeading>
      {me.data === null && (
        <>
          <Paragraph appearance="lead">{t('home.intro')}</Paragraph>
          <SignInCallToAction />
        </>
      )}
      {me.data && <PortalHome />}
      <ServerStatus />
    </>
  );
}
