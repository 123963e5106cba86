import './profile.css';
import { Alert, Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { ProblemError } from '../identity/http';
import { useProfile, useReloadProfile, useSaveContactDetails, type Consents, type Profile } from './api';
import { useFormErrors } from './form-errors';
import { CheckboxField, ErrorSummary, TextField } from './FormParts';
import { LoadState, ProfileFrame } from './ProfileFrame';

type Draft = { phone: string; mobilePhone: string; email: string; consents: Consents };
const draftOf = (profile: Profile): Draft => ({
  phone: profile.phone ?? '',
  mobilePhone: profile.mobilePhone ?? '',
  email: profile.email ?? '',
  consents: profile.consents,
});

type Notice = { kind: 'saved' } | { kind: 'emailSent'; email: string };

function DetailsForm({ profile, query }: { profile: Profile; query: string }) {
  const { t } = useTranslation('profile');
  const save = useSaveContactDetails(profile.personId);
  const reload = useReloadProfile(profile.personId);
  const [draft, setDraft] = useState<Draft>(() => draftOf(profile));
  const [version, setVersion] = useState(profile.version);
  const [notice, setNotice] = useState<Notice | null>(null);
  const errors = useFormErrors();
  const targets = {
    phone: { id: 'details-phone', label: t('details.phone') },
    mobilePhone: { id: 'details-mobile', label: t('details.mobilePhone') },
    email: { id: 'details-email', label: t('details.email') },
  };
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    try {
      const saved = await save.mutateAsync({ version, ...draft });
      errors.clear();
      setVersion(saved.version);
      // The address in use stays until the link is followed: the field shows it again, the notice says what comes.
      setDraft(draftOf(saved));
      setNotice(saved.emailChange === 'confirmationSent' ? { kind: 'emailSent', email: saved.pendingEmail ?? draft.email } : { kind: 'saved' });
    } catch (error) {
      if (error instanceof ProblemError && error.status === 409) {
        const current = await reload().catch(() => null);
        if (current) {
          setDraft(draftOf(current));
          setVersion(current.version);
        }
        errors.show(error, t('details.conflict'));
      } else {
        errors.show(error);
      }
    }
  };

  return (
    <>
      <div role="status" className="sp-profile-status">
        {notice && (
          <Alert type="ok">
            <Paragraph>{notice.kind === 'emailSent' ? t('details.emailSent', { email: notice.email }) : t('details.saved')}</Paragraph>
          </Alert>
        )}
      </div>
      {!notice && profile.pendingEmail && (
        <Alert type="info">
          <Paragraph>{t('page.pendingEmail', { email: profile.pendingEmail })}</Paragraph>
        </Alert>
      )}
      <ErrorSummary id="details-errors" summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={targets} />
      <form className="sp-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={save.isPending}>
        <TextField
          id={targets.phone.id}
          label={targets.phone.label}
          description={t('details.phoneHint')}
          type="tel"
          autoComplete="tel"
          value={draft.phone}
          onChange={(event) => set({ phone: event.target.value })}
          error={errors.fields['phone']}
        />
        <TextField
          id={targets.mobilePhone.id}
          label={targets.mobilePhone.label}
          type="tel"
          autoComplete="tel"
          value={draft.mobilePhone}
          onChange={(event) => set({ mobilePhone: event.target.value })}
          error={errors.fields['mobilePhone']}
        />
        <TextField
          id={targets.email.id}
          label={targets.email.label}
          description={t('details.emailHint')}
          type="email"
          autoComplete="email"
          value={draft.email}
          onChange={(event) => set({ email: event.target.value })}
          error={errors.fields['email']}
        />
        <Fieldset className="sp-profile-fieldset">
          <FieldsetLegend>{t('details.consentsLegend')}</FieldsetLegend>
          <CheckboxField
            id="details-neighbourhood-check"
            label={t('details.neighbourhoodCheck')}
            checked={draft.consents.neighbourhoodCheck}
            onChange={(checked) => set({ consents: { ...draft.consents, neighbourhoodCheck: checked } })}
          />
          <CheckboxField
            id="details-wants-decision"
            label={t('details.wantsDecision')}
            checked={draft.consents.wantsDecision}
            onChange={(checked) => set({ consents: { ...draft.consents, wantsDecision: checked } })}
          />
        </Fieldset>
        <Button type="submit" appearance="primary-action-button" busy={save.isPending}>
          {t('details.submit')}
        </Button>
      </form>
      <Paragraph className="sp-profile-back">
        <RouterLink to={`/profiel${query}`}>{t('back')}</RouterLink>
      </Paragraph>
    </>
  );
}

function DetailsView({ personId, query }: { personId: string; query: string }) {
  const { t } = useTranslation('profile');
  const profile = useProfile(personId);
  const title = t('details.title');
  if (!profile.data) return <LoadState title={title} error={profile.error} />;
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <Paragraph appearance="lead">{t('details.intro')}</Paragraph>
      {profile.data.policies.includes('update') ? (
        <DetailsForm profile={profile.data} query={query} />
      ) : (
        <Alert type="info">
          <Paragraph>{t('details.readOnly')}</Paragraph>
        </Alert>
      )}
    </>
  );
}

/** /profiel/gegevens: *Mijn (contact)gegevens* — phones and consents apply at once, a new e-mail after its link. */
export function ContactDetailsPage() {
  const { t } = useTranslation('profile');
  return <ProfileFrame title={t('details.title')}>{(personId, query) => <DetailsView personId={personId} query={query} />}</ProfileFrame>;
}
