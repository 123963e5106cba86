import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import type { Step } from './api';
import { PasskeySection } from './PasskeySection';
import { TotpSection } from './TotpSection';

type Props = { onNext: (step: Step) => void };

/**
 * The gate of an organisation that demands an app or a passkey of its staff: the server lets nothing else through
 * until one is linked. Linking either one lets the person in.
 */
export function StrongFactorStep({ onNext }: Props) {
  const { t } = useTranslation('identity');
  const done = () => onNext('done');
  return (
    <>
      <PageHeading>{t('strongFactor.title')}</PageHeading>
      <Paragraph>{t('strongFactor.intro')}</Paragraph>
      <PasskeySection onAdded={done} />
      <TotpSection onLinked={done} />
    </>
  );
}
