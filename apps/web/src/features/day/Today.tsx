import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { ServerStatus } from '../platform/ServerStatus';

export function Today() {
  const { t, i18n } = useTranslation('day');
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage, { weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(),
  );
  return (
    <>
      <PageHeading>{t('today.title')}</PageHeading>
      <Paragraph appearance="lead">{t('today.date', { date })}</Paragraph>
      <Paragraph className="sp-empty sp-empty--large">{t('today.empty')}</Paragraph>
      <ServerStatus />
    </>
  );
}
