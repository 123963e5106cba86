import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { identityApi, ProblemError, type Step } from './api';
import { useFormErrors } from './form-errors';
import { ErrorSummary, TextField } from './FormParts';

type Props = { onNext: (step: Step) => void; onRestart: () => void };

export function CodeStep({ onNext, onRestart }: Props) {
  const { t } = useTranslation('identity');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [resent, setResent] = useState<string | null>(null);
  const errors = useFormErrors((error) => {
    if (error instanceof ProblemError && error.status === 429) {
      return t('errors.resendWait', { count: error.retryAfterSeconds ?? 30 });
    }
    return null;
  });
  const target = { code: { id: 'signin-code', label: t('code.label') } };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResent(null);
    const digits = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(digits)) return errors.setLocal({ code: t('errors.codeFormat') });
    setBusy(true);
    try {
      onNext((await identityApi.emailCode(digits)).next);
    } catch (error) {
      if (error instanceof ProblemError && error.status === 401) return onRestart();
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  const resend = async () => {
    setResent(null);
    try {
      await identityApi.resendCode();
      errors.clear();
      setResent(t('code.resent'));
    } catch (error) {
      if (error instanceof ProblemError && error.status === 401) return onRestart();
      errors.show(error);
    }
  };

  return (
    <>
      <PageHeading>{t('code.title')}</PageHeading>
      <Paragraph>{t('code.intro')}</Paragraph>
      <ErrorSummary summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={target} />
      <div role="status" className="sp-status-slot">
        {resent && (
          <Alert type="ok">
            <Paragraph>{resent}</Paragraph>
          </Alert>
        )}
      </div>
      <form className="sp-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <TextField
          id={target.code.id}
          label={target.code.label}
          description={t('code.description')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          className="sp-code-input"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={errors.fields['code']}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('code.submit')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => void resend()}>
            {t('code.resend')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
