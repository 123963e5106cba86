import { Button, ButtonGroup, Heading, Image, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { accountApi, type TotpEnrolment } from './account-api';
import { useFormErrors } from './form-errors';
import { ErrorSummary, TextField } from './FormParts';

type Props = { enrolment: TotpEnrolment; onConfirmed: (codes: string[]) => void; onCancel: () => void };

/** Scan or type the key, then prove it works with one code from the app. */
export function TotpConfirmForm({ enrolment, onConfirmed, onCancel }: Props) {
  const { t } = useTranslation('identity');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();
  const targets = { code: { id: 'totp-confirm-code', label: t('totp.label') } };
  // Groups of four are easier to type over; apps ignore the spaces.
  const secret = enrolment.secret.replace(/(.{4})(?=.)/g, '$1 ');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const digits = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(digits)) return errors.setLocal({ code: t('errors.codeFormat') });
    setBusy(true);
    try {
      onConfirmed((await accountApi.confirmTotp(digits)).recoveryCodes);
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Heading level={3} id="totp-scan-title" tabIndex={-1}>
        {t('totpSetup.scanTitle')}
      </Heading>
      <OrderedList className="sp-steps">
        <OrderedListItem>{t('totpSetup.stepApp')}</OrderedListItem>
        <OrderedListItem>{t('totpSetup.stepScan')}</OrderedListItem>
        <OrderedListItem>{t('totpSetup.stepCode')}</OrderedListItem>
      </OrderedList>
      <Image src={enrolment.qrCode} alt={t('totpSetup.qrAlt')} className="sp-qr" width={200} height={200} />
      <Paragraph>{t('totpSetup.secretIntro')}</Paragraph>
      <Paragraph className="sp-secret">
        <code>{secret}</code>
      </Paragraph>
      <ErrorSummary id="totp-confirm-errors" level={3} summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={targets} />
      <form className="sp-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <TextField
          id={targets.code.id}
          label={targets.code.label}
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
            {t('totpSetup.confirm')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('totpSetup.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
