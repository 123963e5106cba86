import './account.css';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { identityApi, usePasswordMinLength } from './api';
import { useFormErrors } from './form-errors';
import { ErrorSummary, TextField } from './FormParts';
import { PasswordToggle } from './PasswordToggle';
import { rememberOrganisation } from './remembered-organisation';

type State = { kind: 'checking' } | { kind: 'valid'; firstName: string } | { kind: 'expired' | 'used' | 'invalid' } | { kind: 'failed' };

/**
 * /uitnodiging?organisatie=…&token=…: the link from the invitation mail. A valid link asks for a password (the account
 * is made with it); then the person signs in as usual. An expired link offers a new one; a used link points to signing in.
 */
export function InvitationPage() {
  const { t } = useTranslation('identity');
  const [search] = useSearchParams();
  const organisation = search.get('organisatie') ?? '';
  const token = search.get('token') ?? '';
  const [state, setState] = useState<State>({ kind: 'checking' });

  useEffect(() => {
    let current = true;
    if (!organisation || token.length < 20) {
      setState({ kind: 'invalid' });
      return;
    }
    identityApi
      .checkInvitation({ organisation, token })
      .then((answer) => {
        if (!current) return;
        setState(answer.status === 'valid' ? { kind: 'valid', firstName: answer.firstName ?? '' } : { kind: answer.status });
      })
      .catch(() => current && setState({ kind: 'failed' }));
    return () => {
      current = false;
    };
  }, [organisation, token]);

  switch (state.kind) {
    case 'checking':
      return (
        <>
          <PageHeading>{t('invitation.title')}</PageHeading>
          <Paragraph className="sp-loading" role="status">
            {t('invitation.checking')}
          </Paragraph>
        </>
      );
    case 'valid':
      return <ChoosePassword firstName={state.firstName} organisation={organisation} token={token} />;
    case 'expired':
      return <Expired organisation={organisation} token={token} />;
    case 'used':
      return (
        <>
          <PageHeading>{t('invitation.usedTitle')}</PageHeading>
          <Paragraph>{t('invitation.used')}</Paragraph>
          <ul className="sp-after-form">
            <li>
              <RouterLink to="/inloggen">{t('invitation.toSignIn')}</RouterLink>
            </li>
            <li>
              <RouterLink to="/wachtwoord-vergeten">{t('invitation.forgot')}</RouterLink>
            </li>
          </ul>
        </>
      );
    case 'failed':
      return (
        <>
          <PageHeading>{t('invitation.title')}</PageHeading>
          <Alert type="error">
            <Paragraph>{t('errors.network')}</Paragraph>
          </Alert>
        </>
      );
    default:
      return (
        <>
          <PageHeading>{t('invitation.invalidTitle')}</PageHeading>
          <Paragraph>{t('invitation.invalid')}</Paragraph>
        </>
      );
  }
}

type LinkProps = { organisation: string; token: string };

function ChoosePassword({ firstName, organisation, token }: LinkProps & { firstName: string }) {
  const { t } = useTranslation('identity');
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();
  const minLength = usePasswordMinLength(organisation);
  const target = { newPassword: { id: 'invitation-new-password', label: t('password.label') } };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!password) return errors.setLocal({ newPassword: t('errors.newPasswordMissing') });
    setBusy(true);
    try {
      await identityApi.acceptInvitation({ organisation, token, newPassword: password });
      rememberOrganisation(organisation);
      void navigate('/inloggen', { replace: true, state: { notice: 'invitationAccepted' } });
    } catch (error) {
      errors.show(error);
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading>{t('invitation.welcome', { firstName })}</PageHeading>
      <Paragraph>{t('invitation.intro')}</Paragraph>
      <ErrorSummary summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={target} />
      <form className="sp-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <TextField
          id={target.newPassword.id}
          label={target.newPassword.label}
          description={t('password.policy', { min: minLength })}
          type={shown ? 'text' : 'password'}
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.fields['newPassword']}
          addon={<PasswordToggle controls={target.newPassword.id} shown={shown} onToggle={() => setShown(!shown)} />}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('invitation.submit')}
        </Button>
      </form>
    </>
  );
}

function Expired({ organisation, token }: LinkProps) {
  const { t } = useTranslation('identity');
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();
  const status = useRef<HTMLDivElement>(null);

  const renew = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await identityApi.renewInvitation({ organisation, token });
      setSent(true);
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    if (sent) status.current?.focus();
  }, [sent]);

  return (
    <>
      <PageHeading>{t('invitation.expiredTitle')}</PageHeading>
      <Paragraph>{t('invitation.expired')}</Paragraph>
      <ErrorSummary summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={{}} />
      {sent ? (
        <div ref={status} tabIndex={-1}>
          <Alert type="ok" role="status">
            <Paragraph>{t('invitation.renewed')}</Paragraph>
          </Alert>
        </div>
      ) : (
        <form className="sp-form" noValidate onSubmit={(event) => void renew(event)} aria-busy={busy}>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('invitation.askNew')}
          </Button>
        </form>
      )}
    </>
  );
}
