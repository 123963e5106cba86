import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountApi, type TotpEnrolment } from './account-api';
import { useFocusRequest } from './focus';
import { useFormErrors } from './form-errors';
import { ErrorSummary } from './FormParts';
import { RecoveryCodes } from './RecoveryCodes';
import { TotpConfirmForm } from './TotpConfirmForm';

type Stage = { kind: 'idle'; linked: boolean } | { kind: 'enrolling'; enrolment: TotpEnrolment } | { kind: 'codes'; codes: string[] };

/**
 * Link an authenticator app: scan the QR code (or type the key), confirm with one code, keep the recovery codes.
 * `onLinked` runs once the codes are kept (the app-or-passkey gate then lets the person in).
 */
export function TotpSection({ onLinked }: { onLinked?: () => void } = {}) {
  const { t } = useTranslation('identity');
  const focus = useFocusRequest();
  const [stage, setStage] = useState<Stage>({ kind: 'idle', linked: false });
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();

  const start = async () => {
    setBusy(true);
    try {
      setStage({ kind: 'enrolling', enrolment: await accountApi.startTotp() });
      errors.clear();
      focus('totp-scan-title');
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  const close = (linked: boolean) => {
    setStage({ kind: 'idle', linked });
    focus('totp-title');
  };

  return (
    <section className="sp-account-section" aria-labelledby="totp-title">
      <Heading level={2} id="totp-title" tabIndex={-1}>
        {t('totpSetup.title')}
      </Heading>
      {stage.kind === 'idle' && (
        <>
          <div role="status" className="sp-status-slot">
            {stage.linked && (
              <Alert type="ok">
                <Paragraph>{t('totpSetup.linked')}</Paragraph>
              </Alert>
            )}
          </div>
          <Paragraph>{t('totpSetup.intro')}</Paragraph>
          <ErrorSummary id="totp-errors" level={3} summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={{}} />
          <Button type="button" appearance="secondary-action-button" busy={busy} onClick={() => void start()}>
            {t('totpSetup.start')}
          </Button>
        </>
      )}
      {stage.kind === 'enrolling' && (
        <TotpConfirmForm
          enrolment={stage.enrolment}
          onConfirmed={(codes) => {
            setStage({ kind: 'codes', codes });
            focus('recovery-title');
          }}
          onCancel={() => close(false)}
        />
      )}
      {stage.kind === 'codes' && (
        <>
          <RecoveryCodes codes={stage.codes} />
          <ButtonGroup>
            <Button
              type="button"
              appearance="primary-action-button"
              onClick={() => {
                close(true);
                onLinked?.();
              }}
            >
              {t('totpSetup.kept')}
            </Button>
          </ButtonGroup>
        </>
      )}
    </section>
  );
}
