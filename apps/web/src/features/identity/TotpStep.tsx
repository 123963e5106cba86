import './account.css';
import { Button, LinkButton, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { identityApi, ProblemError, type Step } from './api';
import { useFocusRequest } from './focus';
import { useFormErrors } from './form-errors';
import { ErrorSummary, TextField } from './FormParts';

type Props = {
  onNext: (step: Step) => void;
  onRestart: () => void;
  onEmailCode: () => void;
  /** Offered when the account also has a passkey. */
  onPasskey?: (() => void) | undefined;
  /** False when the organisation demands the app or a passkey of this person: no e-mailed code then. */
  emailAllowed?: boolean;
};
type Mode = 'app' | 'recovery';

/**
 * The second step for someone with an authenticator app: the code from the app, or one of the recovery codes when
 * the phone is not at hand. No code is mailed unless asked for; that switches to the e-mail code step. A passkey, when
 * the account has one, is offered too.
 */
export function TotpStep({ onNext, onRestart, onEmailCode, onPasskey, emailAllowed = true }: Props) {
  const { t } = useTranslation('identity');
  const focus = useFocusRequest();
  const [mode, setMode] = useState<Mode>('app');
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors((error) => {
    if (error instanceof ProblemError && error.status === 429) return t('errors.resendWait', { count: error.retryAfterSeconds ?? 30 });
    return null;
  });
  const field = mode === 'app' ? 'code' : 'recoveryCode';
  const targets = {
    code: { id: 'signin-totp-code', label: t('totp.label') },
    recoveryCode: { id: 'signin-recovery-code', label: t('totp.recoveryLabel') },
  };

  const fail = (error: unknown) => {
    if (error instanceof ProblemError && error.status === 401) return onRestart();
    errors.show(error);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const entered = mode === 'app' ? value.replace(/\s/g, '') : value.trim();
    if (mode === 'app' && !/^\d{6}$/.test(entered)) return errors.setLocal({ code: t('errors.codeFormat') });
    if (mode === 'recovery' && !entered) return errors.setLocal({ recoveryCode: t('errors.recoveryMissing') });
    setBusy(true);
    try {
      onNext((await identityApi.totp(mode === 'app' ? { code: entered } : { recoveryCode: entered })).next);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const switchMode = () => {
    errors.clear();
    setValue('');
    setMode(mode === 'app' ? 'recovery' : 'app');
    // The new field replaces the old one; put the cursor in it so keyboard users keep their place.
    focus(targets[mode === 'app' ? 'recoveryCode' : 'code'].id);
  };

  const mailCode = async () => {
    try {
      await identityApi.resendCode();
      onEmailCode();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <>
      <PageHeading>{mode === 'app' ? t('totp.title') : t('totp.recoveryTitle')}</PageHeading>
      <Paragraph>{mode === 'app' ? t('totp.intro') : t('totp.recoveryIntro')}</Paragraph>
      <ErrorSummary summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={targets} />
      <form className="sp-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <TextField
          key={field}
          id={targets[field].id}
          label={targets[field].label}
          description={mode === 'app' ? t('totp.description') : t('totp.recoveryDescription')}
          inputMode={mode === 'app' ? 'numeric' : 'text'}
          autoComplete={mode === 'app' ? 'one-time-code' : 'off'}
          spellCheck={false}
          maxLength={mode === 'app' ? 7 : 20}
          className={mode === 'app' ? 'sp-code-input' : 'sp-recovery-input'}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          error={errors.fields[field]}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('code.submit')}
        </Button>
      </form>
      <div className="sp-alternatives">
        <Paragraph>{t('totp.alternatives')}</Paragraph>
        <LinkButton type="button" inline onClick={switchMode}>
          {mode === 'app' ? t('totp.useRecovery') : t('totp.useApp')}
        </LinkButton>
        {onPasskey && (
          <LinkButton type="button" inline onClick={onPasskey}>
            {t('totp.usePasskey')}
          </LinkButton>
        )}
        {emailAllowed && (
          <LinkButton type="button" inline onClick={() => void mailCode()}>
            {t('totp.useEmail')}
          </LinkButton>
        )}
      </div>
    </>
  );
}
