import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { identityApi, ProblemError, usePasswordMinLength, type Step } from './api';
import { rememberedOrganisation } from './remembered-organisation';
import { useFormErrors } from './form-errors';
import { ErrorSummary, TextField } from './FormParts';
import { PasswordToggle } from './PasswordToggle';

type Props = { onNext: (step: Step) => void; onRestart: () => void; reason?: 'first' | 'reset' };

/** The forced new password of a first sign-in or after a reset link; the policy is said before the field, not only after a mistake. */
export function PasswordStep({ onNext, onRestart, reason = 'first' }: Props) {
  const { t } = useTranslation('identity');
  const [password, setPassword] = useState('');
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();
  // The organisation of this sign-in: remembered by the credentials step, the passkey sign-in and the reset link.
  const minLength = usePasswordMinLength(rememberedOrganisation());
  const target = { newPassword: { id: 'signin-new-password', label: t('password.label') } };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!password) return errors.setLocal({ newPassword: t('errors.newPasswordMissing') });
    setBusy(true);
    try {
      onNext((await identityApi.newPassword({ newPassword: password })).next);
    } catch (error) {
      if (error instanceof ProblemError && error.status === 401) return onRestart();
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading>{t('password.title')}</PageHeading>
      <Paragraph>{reason === 'reset' ? t('password.introReset') : t('password.intro')}</Paragraph>
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
          {t('password.submit')}
        </Button>
      </form>
    </>
  );
}
