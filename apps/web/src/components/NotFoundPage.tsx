import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from './PageHeading';
import { RouterLink } from './RouterLink';
import { areaHome, useArea } from './area-context';

export function NotFoundPage() {
  const { t } = useTranslation();
  const area = useArea();
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Paragraph>{t('notFound.text')}</Paragraph>
      <Paragraph>
        <RouterLink to={areaHome[area]}>{t('notFound.home')}</RouterLink>
      </Paragraph>
    </>
  );
}
