import './profile.css';
import { Alert, Button, DataList, DataListItem, DataListKey, DataListValue, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useProfile, useRefreshAddress, type Profile } from './api';
import { formatDay, formatMoment } from './format';
import { LoadState, ProfileFrame } from './ProfileFrame';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

/** Only the last three digits are visible; a screen reader hears them as such instead of nine "asterisks". */
function MaskedBsn({ value }: { value: string }) {
  const { t } = useTranslation('profile');
  return (
    <>
      <span aria-hidden="true" className="sp-profile-bsn">
        {value}
      </span>
      <span className="sp-visually-hidden">{t('page.bsnHidden', { digits: value.slice(-3) })}</span>
    </>
  );
}

function AddressSection({ profile }: { profile: Profile }) {
  const { t, i18n } = useTranslation('profile');
  const refresh = useRefreshAddress(profile.personId);
  const [status, setStatus] = useState<'refreshed' | 'failed' | null>(null);
  const address = profile.registeredAddress;
  const none = t('none');
  const designation = address?.designation === 'by' ? t('address.designationBy') : address?.designation === 'to' ? t('address.designationTo') : none;
  const run = () => {
    setStatus(null);
    refresh.mutate(undefined, { onSuccess: () => setStatus('refreshed'), onError: () => setStatus('failed') });
  };
  return (
    <section className="sp-profile-section" aria-labelledby="profile-address">
      <Heading level={2} id="profile-address">
        {t('address.title')}
      </Heading>
      <Paragraph>{t('address.intro')}</Paragraph>
      {address ? (
        <>
          <DataList className="sp-profile-data">
            <Row label={t('address.street')}>{address.street}</Row>
            <Row label={t('address.houseNumber')}>{String(address.houseNumber)}</Row>
            <Row label={t('address.houseLetter')}>{address.houseLetter ?? none}</Row>
            <Row label={t('address.houseNumberAddition')}>{address.houseNumberAddition ?? none}</Row>
            <Row label={t('address.designation')}>{designation}</Row>
            <Row label={t('address.postcode')}>{address.postcode}</Row>
            <Row label={t('address.city')}>{address.city}</Row>
          </DataList>
          {address.refreshedAt && <Paragraph className="sp-muted">{t('address.refreshedAt', { date: formatMoment(address.refreshedAt, i18n.language) })}</Paragraph>}
        </>
      ) : (
        <Paragraph className="sp-empty">{t('address.empty')}</Paragraph>
      )}
      <div role="status" className="sp-profile-status">
        {status === 'refreshed' && (
          <Alert type="ok">
            <Paragraph>{t('address.refreshed')}</Paragraph>
          </Alert>
        )}
        {status === 'failed' && (
          <Alert type="error">
            <Paragraph>{t('address.refreshFailed')}</Paragraph>
          </Alert>
        )}
      </div>
      {profile.policies.includes('refreshAddress') && (
        <Button appearance="secondary-action-button" busy={refresh.isPending} onClick={run}>
          {t('address.refresh')}
        </Button>
      )}
    </section>
  );
}

function ProfileView({ personId, query }: { personId: string; query: string }) {
  const { t, i18n } = useTranslation('profile');
  const profile = useProfile(personId);
  const title = t('page.title');
  if (!profile.data) return <LoadState title={title} error={profile.error} />;
  const p = profile.data;
  const none = t('none');
  const yesNo = (value: boolean) => (value ? t('yes') : t('no'));
  const gender = p.gender === 'man' || p.gender === 'vrouw' ? t(`gender.${p.gender}`) : (p.gender ?? none);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <Paragraph appearance="lead">{t('page.intro')}</Paragraph>
      {p.pendingEmail && (
        <Alert type="info">
          <Paragraph>{t('page.pendingEmail', { email: p.pendingEmail })}</Paragraph>
        </Alert>
      )}
      <section className="sp-profile-section" aria-labelledby="profile-more">
        <Heading level={2} id="profile-more">
          {t('page.moreTitle')}
        </Heading>
        <UnorderedList className="sp-profile-links">
          {p.policies.includes('update') && (
            <UnorderedListItem>
              <RouterLink to={`/profiel/gegevens${query}`}>{t('page.editDetails')}</RouterLink>
            </UnorderedListItem>
          )}
          <UnorderedListItem>
            <RouterLink to={`/profiel/contactpersonen${query}`}>{t('page.contactPersons')}</RouterLink>
          </UnorderedListItem>
          {!query && (
            <UnorderedListItem>
              <RouterLink to="/account">{t('page.account')}</RouterLink>
            </UnorderedListItem>
          )}
        </UnorderedList>
      </section>
      <section className="sp-profile-section" aria-labelledby="profile-person">
        <Heading level={2} id="profile-person">
          {t('page.personTitle')}
        </Heading>
        <DataList className="sp-profile-data">
          <Row label={t('page.bsn')}>{p.bsnMasked ? <MaskedBsn value={p.bsnMasked} /> : none}</Row>
          <Row label={t('page.firstName')}>{p.firstName}</Row>
          <Row label={t('page.infix')}>{p.infix ?? none}</Row>
          <Row label={t('page.surname')}>{p.surname}</Row>
          <Row label={t('page.dateOfBirth')}>{p.dateOfBirth ? formatDay(p.dateOfBirth, i18n.language) : none}</Row>
          <Row label={t('page.gender')}>{gender}</Row>
        </DataList>
      </section>
      <section className="sp-profile-section" aria-labelledby="profile-contact">
        <Heading level={2} id="profile-contact">
          {t('page.contactTitle')}
        </Heading>
        <DataList className="sp-profile-data">
          <Row label={t('page.phone')}>{p.phone ?? none}</Row>
          <Row label={t('page.mobilePhone')}>{p.mobilePhone ?? none}</Row>
          <Row label={t('page.email')}>{p.email ?? none}</Row>
        </DataList>
      </section>
      <section className="sp-profile-section" aria-labelledby="profile-consents">
        <Heading level={2} id="profile-consents">
          {t('page.consentsTitle')}
        </Heading>
        <DataList className="sp-profile-data">
          <Row label={t('page.neighbourhoodCheck')}>{yesNo(p.consents.neighbourhoodCheck)}</Row>
          <Row label={t('page.wantsDecision')}>{yesNo(p.consents.wantsDecision)}</Row>
        </DataList>
      </section>
      <AddressSection profile={p} />
    </>
  );
}

/** /profiel: *Mijn profiel* — facts in definition lists, the read-only BRP address and the ways to change things. */
export function ProfilePage() {
  const { t } = useTranslation('profile');
  return <ProfileFrame title={t('page.title')}>{(personId, query) => <ProfileView personId={personId} query={query} />}</ProfileFrame>;
}
