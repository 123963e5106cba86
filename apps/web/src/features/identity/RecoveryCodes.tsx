import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** The ten recovery codes, shown once: only their hashes are kept on the server. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const { t } = useTranslation('identity');
  return (
    <>
      <Heading level={3} id="recovery-title" tabIndex={-1}>
        {t('totpSetup.recoveryTitle')}
      </Heading>
      <Alert type="warning">
        <Paragraph>{t('totpSetup.recoveryAdvice')}</Paragraph>
      </Alert>
      <ol className="sp-recovery-codes" aria-labelledby="recovery-title">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
    </>
  );
}
