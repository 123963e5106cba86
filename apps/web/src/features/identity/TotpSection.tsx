import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountApi, passkeysKey, type TotpEnrolment } from './account-api';
import { meKey, useMe } from './api';
import { useFocusRequest } from './focus';
import { useFormErrors } from './form-errors';
import { ErrorSummary } from './FormParts';
import { RecoveryCodes } from './RecoveryCodes';
import { TotpConfirmForm } from './TotpConfirmForm';

type Stage = { kind: 'idle'; done: 'linked' | 'removed' | null } | { kind: 'enrolling'; enrolment: TotpEnrolment } | { kind: 'codes'; codes: string[] };

/**
 * Link an authenticator app: scan the QR code (or type the key), confirm with one code, keep the recovery codes.
 * `onLinked` runs once the codes are kept (the app-or-passkey gate then lets the person in). A linked app can be
 * unlinked, unless it is the last app or passkey the organisation demands of staff (the server's `removeTotp` policy).
 */
export function TotpSection({ onLinked }: { onLinked?: () => void } = {}) {
  const { t } = useTranslation('identity');
  const focus = useFocusRequest();
  const queryClient = useQueryClient();
  // Not signed in yet at the app-or-passkey gate: nothing is linked there.
  const me = useMe().data;
  const [stage, setStage] = useState<Stage>({ kind: 'idle', done: null });
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();
  // Whether the app may go changes with the app and with the passkeys (the last of them stays).
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: meKey }), queryClient.invalidateQueries({ queryKey: passkeysKey })]);

  const remove = async () => {
    setBusy(true);
    try {
      await accountApi.removeTotp();
      errors.clear();
      setStage({ kind: 'idle', done: 'removed' });
      await refresh();
      focus('totp-title');
    } catch (error) {
      errors.show(error);
      await refresh();
    } finally {
      setBusy(false);
    }
  };

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
    setStage({ kind: 'idle', done: linked ? 'linked' : null });
    if (linked) void refresh();
    focus('totp-title');
  };
  const linked = me?.totp === true;

  return (
    <section className="sp-account-section" aria-labelledby="totp-title">
      <Heading level={2} id="totp-title" tabIndex={-1}>
        {t('totpSetup.title')}
      </Heading>
      {stage.kind === 'idle' && (
        <>
          <div role="status" className="sp-status-slot">
            {stage.done && (
              <Alert type="ok">
                <Paragraph>{t(stage.done === 'linked' ? 'totpSetup.linked' : 'totpSetup.removed')}</Paragraph>
              </Alert>
            )}
          </div>
          <Paragraph>{t('totpSetup.intro')}</Paragraph>
          {linked && <Paragraph>{t('totpSetup.isLinked')}</Paragraph>}
          {linked && !me.policies.includes('removeTotp') && <Paragraph>{t('totpSetup.lastFactor')}</Paragraph>}
          <ErrorSummary id="totp-errors" level={3} summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={{}} />
          <ButtonGroup>
            <Button type="button" appearance="secondary-action-button" busy={busy} onClick={() => void start()}>
              {t(linked ? 'totpSetup.startOther' : 'totpSetup.start')}
            </Button>
            {linked && me.policies.includes('removeTotp') && (
              <Button type="button" appearance="secondary-action-button" busy={busy} onClick={() => void remove()}>
                {t('totpSetup.remove')}
              </Button>
            )}
          </ButtonGroup>
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
