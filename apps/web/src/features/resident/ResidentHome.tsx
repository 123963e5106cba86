import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { ServerStatus } from '../platform/ServerStatus';

export function ResidentHome() {
  const { t } = useTranslation('resident');
  return (
    <>
      <PageHeading>{t('home.title')}</PageHeading>
      <Paragraph appearance="lead">{t('home.intro')}</Paragraph>
      <div className="sp-card-grid">
        <section className="sp-card" aria-labelledby="resident-actions">
          <Heading level={2} id="resident-actions">
            {t('home.actionsTitle')}
          </Heading>
          <Paragraph className="sp-empty">{t('home.actionsEmpty')}</Paragraph>
        </section>
        <section className="sp-card" aria-labelledby="resident-dossiers">
          <Heading level={2} id="resident-dossiers">
            {t('home.dossiersTitle')}
          </Heading>
          <Paragraph className="sp-empty">{t('home.dossiersEmpty')}</Paragraph>
        </section>
      </div>
      <ServerStatus />
    </>
  );
}
