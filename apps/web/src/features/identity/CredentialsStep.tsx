import './account.css';
import { Alert, Button, Link, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { identityApi, ProblemError, type Step, type StepAnswer } from './api';
import { passkeysSupported, signWithPasskey } from './passkey-browser';
import { useFormErrors, type FieldErrors } from './form-errors';
import { ErrorSummary, TextField } from './FormParts';
import { PasswordToggle } from './PasswordToggle';
import { OrganisationField, useOrganisationChoice } from './OrganisationField';
import { rememberOrganisation } from './remembered-organisation';

export type Notice = 'signedOut' | 'signedOutEverywhere' | 'expired' | 'restart' | 'ended' | 'digidFailed' | 'digidUnknown' | 'eherkenningFailed' | 'eherkenningUnknown' | 'invitationAccepted';

type Props = {
  notice: Notice | null;
  onNext: (step: Step, answer?: Pick<StepAnswer, 'methods'>) => void;
  /** Reached from the workspace (/werk): eHerkenning, for provider staff, is offered openly. */
  forStaff?: boolean;
};

export function CredentialsStep({ notice, onNext, forStaff = false }: Props) {
  const { t } = useTranslation('identity');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors((error) => {
    // The passkey dialog was stopped or refused (not an answer of the server).
    if (!(error instanceof ProblemError)) return error instanceof Error && error.name !== 'TypeError' ? t('passkey.failed') : null;
    if (error.status === 401) return t('errors.credentials');
    if (error.status === 429) return t('errors.tooManyLogins', { count: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)) });
    return error.errors.find((item) => item.field === 'response')?.message ?? null;
  });
  const choice = useOrganisationChoice();
  const organisation = choice.organisation;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {};
    if (!email.trim()) local['email'] = t('errors.emailMissing');
    if (!password) local['password'] = t('errors.passwordMissing');
    if (!organisation) local['organisation'] = t('errors.organisationMissing');
    if (Object.keys(local).length > 0) return errors.setLocal(local);
    setBusy(true);
    try {
      const answer = await identityApi.login({ email: email.trim(), password, organisation });
      rememberOrganisation(organisation);
      onNext(answer.next, answer);
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  // Sign-in with a passkey alone: the organisation is the only thing to choose; the device offers the passkey.
  const withPasskey = async () => {
    if (!organisation) return errors.setLocal({ organisation: t('errors.organisationMissing') });
    setBusy(true);
    try {
      const { options } = await identityApi.passkeySignInOptions(organisation);
      const response = await signWithPasskey(options);
      const answer = await identityApi.passkeySignIn({ organisation, response });
      rememberOrganisation(organisation);
      onNext(answer.next, answer);
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };
  const tenant = choice.items.find((item) => item.slug === organisation);
  const offersPasskeys = passkeysSupported() && tenant?.passkeys === true;
  // A full page load: the server redirects on to the broker (DigiD, or eHerkenning for provider staff) and back.
  const brokerStart = (flow: 'digid' | 'eherkenning') => `/api/auth/${flow}/start?organisation=${encodeURIComponent(organisation)}`;

  const targets = {
    email: { id: 'signin-email', label: t('credentials.email') },
    password: { id: 'signin-password', label: t('credentials.password') },
    organisation: { id: 'signin-organisation', label: t('credentials.organisation') },
  };

  return (
    <>
      <PageHeading>{t('credentials.title')}</PageHeading>
      {notice && (
        <Alert type={notice === 'signedOut' || notice === 'signedOutEverywhere' || notice === 'invitationAccepted' ? 'ok' : 'warning'} role="status">
          <Paragraph>{t(`notice.${notice}`)}</Paragraph>
        </Alert>
      )}
      <Paragraph>{t('credentials.intro')}</Paragraph>
      <ErrorSummary summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={targets} />
      <form className="sp-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <TextField
          id={targets.email.id}
          label={targets.email.label}
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.fields['email']}
        />
        <TextField
          id={targets.password.id}
          label={targets.password.label}
          type={showPassword ? 'text' : 'password'}
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.fields['password']}
          addon={<PasswordToggle controls={targets.password.id} shown={showPassword} onToggle={() => setShowPassword(!showPassword)} />}
        />
        <OrganisationField id={targets.organisation.id} label={targets.organisation.label} error={errors.fields['organisation']} choice={choice} />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('credentials.submit')}
        </Button>
      </form>
      <Paragraph className="sp-after-form">
        <RouterLink to="/wachtwoord-vergeten">{t('credentials.forgot')}</RouterLink>
      </Paragraph>
      {offersPasskeys && (
        <div className="sp-alternatives">
          <Paragraph>{t('credentials.passkeyIntro')}</Paragraph>
          <Button type="button" appearance="secondary-action-button" busy={busy} onClick={() => void withPasskey()}>
            {t('credentials.passkey')}
          </Button>
        </div>
      )}
      {tenant?.digid && (
        <Paragraph className="sp-after-form">
          <Link href={brokerStart('digid')}>{t('credentials.digid')}</Link>
        </Paragraph>
      )}
      {tenant?.eherkenning &&
        (forStaff ? (
          <Paragraph className="sp-after-form">
            <Link href={brokerStart('eherkenning')}>{t('credentials.eherkenning')}</Link>
          </Paragraph>
        ) : (
          // eHerkenning is for provider staff only: residents, who sign in here too, see it only when they ask.
          <details className="sp-staff-disclosure">
            <summary>{t('credentials.staffQuestion')}</summary>
            <Paragraph>{t('credentials.staffIntro')}</Paragraph>
            <Paragraph>
              <Link href={brokerStart('eherkenning')}>{t('credentials.eherkenning')}</Link>
            </Paragraph>
          </details>
        ))}
    </>
  );
}
