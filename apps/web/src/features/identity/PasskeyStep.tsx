import './account.css';
import { Button, LinkButton, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { identityApi, ProblemError, type SecondStep, type Step } from './api';
import { useFormErrors } from './form-errors';
import { ErrorSummary } from './FormParts';
import { passkeysSupported, signWithPasskey } from './passkey-browser';

type Props = { methods: SecondStep[]; onNext: (step: Step) => void; onRestart: () => void; onMethod: (method: SecondStep) => void };

/**
 * The second step for someone with a passkey: one button that opens the device's own dialog (fingerprint, face,
 * PIN). The other ways the server offers (the app, the e-mailed code) are there as links.
 */
export function PasskeyStep({ methods, onNext, onRestart, onMethod }: Props) {
  const { t } = useTranslation('identity');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors((error) => {
    if (!(error instanceof ProblemError)) return t('passkey.failed');
    return error.errors.find((item) => item.field === 'response')?.message ?? null;
  });

  const fail = (error: unknown) => {
    if (error instanceof ProblemError && error.status === 401) return onRestart();
    errors.show(error);
  };

  const use = async () => {
    setBusy(true);
    try {
      const { options } = await identityApi.passkeyOptions();
      const response = await signWithPasskey(options);
      onNext((await identityApi.passkey(response)).next);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const mailCode = async () => {
    try {
      await identityApi.resendCode();
      onMethod('email-code');
    } catch (error) {
      fail(error);
    }
  };

  const supported = passkeysSupported();
  const others = methods.filter((method) => method !== 'passkey');
  return (
    <>
      <PageHeading>{t('passkey.title')}</PageHeading>
      <Paragraph>{supported ? t('passkey.intro') : t('passkey.unsupported')}</Paragraph>
      <ErrorSummary summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={{}} />
      {supported && (
        <Button type="button" appearance="primary-action-button" busy={busy} onClick={() => void use()}>
          {t('passkey.use')}
        </Button>
      )}
      {others.length > 0 && (
        <div className="sp-alternatives">
          <Paragraph>{t('passkey.alternatives')}</Paragraph>
          {others.includes('totp') && (
            <LinkButton type="button" inline onClick={() => onMethod('totp')}>
              {t('passkey.useApp')}
            </LinkButton>
          )}
          {others.includes('email-code') && (
            <LinkButton type="button" inline onClick={() => void mailCode()}>
              {t('passkey.useEmail')}
            </LinkButton>
          )}
        </div>
      )}
    </>
  );
}
