import './account.css';
import { Button, ButtonGroup, DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { useLogout, useMe } from './api';
import { ChangePasswordSection } from './ChangePasswordSection';
import { fullName } from './roles';
import { PasskeySection } from './PasskeySection';
import { SessionsSection } from './SessionsSection';
import { TotpSection } from './TotpSection';

/**
 * /account: who is signed in, for which organisation and in which roles; sign out here or on every device; change the
 * password, link an authenticator app, add or remove passkeys and see (and end) the sessions on other devices.
 */
export function AccountPage() {
  const { t } = useTranslation('identity');
  const me = useMe();
  const navigate = useNavigate();
  const logout = useLogout((everywhere) =>
    void navigate('/inloggen', { state: { notice: everywhere ? 'signedOutEverywhere' : 'signedOut' } }),
  );
  if (me.isPending) return <Paragraph className="sp-loading">{t('checking')}</Paragraph>;
  if (!me.data && logout.isIdle) return <Navigate to="/inloggen?terug=%2Faccount" replace />;

  if (!me.data) return null;
  const signOut = (everywhere: boolean) => logout.mutate(everywhere);
  return (
    <>
      <PageHeading>{t('account.title')}</PageHeading>
      <DataList className="sp-account-data">
        <DataListItem>
          <DataListKey>{t('account.name')}</DataListKey>
          <DataListValue>{fullName(me.data)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('account.organisation')}</DataListKey>
          <DataListValue>{me.data.tenant.name}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('account.roles')}</DataListKey>
          <DataListValue>{me.data.roles.map((role) => t(`roles.${role}`)).join(', ')}</DataListValue>
        </DataListItem>
      </DataList>
      <Paragraph>{t('account.everywhereHelp')}</Paragraph>
      <ButtonGroup>
        <Button type="button" appearance="primary-action-button" onClick={() => signOut(false)}>
          {t('header.signOut')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={() => signOut(true)}>
          {t('account.signOutEverywhere')}
        </Button>
      </ButtonGroup>
      <ChangePasswordSection />
      <TotpSection />
      {me.data.passkeys && <PasskeySection />}
      <SessionsSection />
    </>
  );
}
