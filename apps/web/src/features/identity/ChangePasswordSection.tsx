import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { accountApi, sessionsKey } from './account-api';
import { useMe, usePasswordMinLength } from './api';
import { useFormErrors, type FieldErrors } from './form-errors';
import { ErrorSummary, TextField } from './FormParts';
import { PasswordToggle } from './PasswordToggle';

/** Change one's own password with the current one; the server ends every other session then. */
export function ChangePasswordSection() {
  const { t } = useTranslation('identity');
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const errors = useFormErrors();
  const minLength = usePasswordMinLength(useMe().data?.tenant.slug);
  const targets = {
    currentPassword: { id: 'account-current-password', label: t('changePassword.current') },
    newPassword: { id: 'account-new-password', label: t('password.label') },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const local: FieldErrors = {};
    if (!current) local['currentPassword'] = t('errors.passwordMissing');
    if (!next) local['newPassword'] = t('errors.newPasswordMissing');
    if (Object.keys(local).length > 0) return errors.setLocal(local);
    setBusy(true);
    try {
      await accountApi.changePassword({ currentPassword: current, newPassword: next });
      errors.clear();
      setCurrent('');
      setNext('');
      setShown(false);
      setDone(true);
      void queryClient.invalidateQueries({ queryKey: sessionsKey });
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="sp-account-section" aria-labelledby="change-password-title">
      <Heading level={2} id="change-password-title">
        {t('changePassword.title')}
      </Heading>
      <div role="status" className="sp-status-slot">
        {done && (
          <Alert type="ok">
            <Paragraph>{t('changePassword.done')}</Paragraph>
          </Alert>
        )}
      </div>
      <ErrorSummary id="change-password-errors" level={3} summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={targets} />
      <form className="sp-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <TextField
          id={targets.currentPassword.id}
          label={targets.currentPassword.label}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
          error={errors.fields['currentPassword']}
        />
        <TextField
          id={targets.newPassword.id}
          label={targets.newPassword.label}
          description={t('password.policy', { min: minLength })}
          type={shown ? 'text' : 'password'}
          autoComplete="new-password"
          value={next}
          onChange={(event) => setNext(event.target.value)}
          error={errors.fields['newPassword']}
          addon={<PasswordToggle controls={targets.newPassword.id} shown={shown} onToggle={() => setShown(!shown)} />}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('changePassword.submit')}
        </Button>
      </form>
    </section>
  );
}
