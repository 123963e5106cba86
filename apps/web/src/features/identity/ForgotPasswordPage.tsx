import './account.css';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { identityApi, ProblemError } from './api';
import { useFormErrors, type FieldErrors } from './form-errors';
import { ErrorSummary, TextField } from './FormParts';
import { OrganisationField, useOrganisationChoice } from './OrganisationField';

/**
 * /wachtwoord-vergeten: asks for a reset link. The answer is the same whether the address is known or not, so the
 * page never tells who has an account.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation('identity');
  const choice = useOrganisationChoice();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const sentRef = useRef<HTMLDivElement>(null);
  const errors = useFormErrors((error) =>
    error instanceof ProblemError && error.status === 429 ? t('errors.tooManyLogins', { count: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)) }) : null,
  );
  const targets = {
    email: { id: 'forgot-email', label: t('credentials.email') },
    organisation: { id: 'forgot-organisation', label: t('credentials.organisation') },
  };

  useEffect(() => {
    if (sent) sentRef.current?.focus();
  }, [sent]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {};
    if (!email.trim()) local['email'] = t('errors.emailMissing');
    if (!choice.organisation) local['organisation'] = t('errors.organisationMissing');
    if (Object.keys(local).length > 0) return errors.setLocal(local);
    setBusy(true);
    try {
      await identityApi.requestReset({ email: email.trim(), organisation: choice.organisation });
      errors.clear();
      setSent(true);
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading>{t('forgot.title')}</PageHeading>
      {sent ? (
        <div ref={sentRef} tabIndex={-1} className="sp-focus-target">
          <Alert type="ok" role="status">
            <Paragraph>{t('forgot.sent')}</Paragraph>
          </Alert>
        </div>
      ) : (
        <>
          <Paragraph>{t('forgot.intro')}</Paragraph>
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
            <OrganisationField id={targets.organisation.id} label={targets.organisation.label} error={errors.fields['organisation']} choice={choice} />
            <Button type="submit" appearance="primary-action-button" busy={busy}>
              {t('forgot.submit')}
            </Button>
          </form>
        </>
      )}
      <Paragraph className="sp-after-form">
        <RouterLink to="/inloggen">{t('forgot.back')}</RouterLink>
      </Paragraph>
    </>
  );
}
